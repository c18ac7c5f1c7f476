// The SMS editor's buttons: replace a character that forces UCS-2 by its GSM equivalent (one, or
// all of them), and append the configured STOP mention. Each change fires an input event, so that
// htmx recounts the text.
"use strict";
(function () {
  const text = document.getElementById("text");
  if (!text) {
    return;
  }
  function changed() {
    text.dispatchEvent(new Event("input", { bubbles: true }));
  }
  // Replaces the character at its offset, if it is still there (the text may have changed since the count).
  function replace(button) {
    const offset = Number(button.dataset.offset);
    const character = button.dataset.character;
    if (text.value.substr(offset, character.length) !== character) {
      return false;
    }
    text.value = text.value.slice(0, offset) + button.dataset.replacement + text.value.slice(offset + character.length);
    return true;
  }
  document.addEventListener("click", function (event) {
    const button = event.target.closest("button");
    if (!button) {
      return;
    }
    if (button.hasAttribute("data-sms-replace")) {
      if (replace(button)) {
        changed();
      }
    } else if (button.hasAttribute("data-sms-replace-all")) {
      // From the end, so that earlier offsets stay right.
      const all = Array.from(document.querySelectorAll("[data-sms-replace]"))
        .sort(function (a, b) { return Number(b.dataset.offset) - Number(a.dataset.offset); });
      all.forEach(replace);
      changed();
    } else if (button.hasAttribute("data-sms-append")) {
      text.value = text.value.replace(/\s+$/, "") + " " + button.dataset.mention;
      changed();
    }
  });
})();
