// Sends the import form with XMLHttpRequest, for its upload progress; the CSRF token goes in the
// header that the layout gives htmx (a streamed multipart body is not read for a _csrf field).
"use strict";
(function () {
  const form = document.getElementById("upload");
  if (!form) {
    return;
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const bar = document.getElementById("upload-progress");
    const error = document.getElementById("upload-error");
    const button = form.querySelector("button[type=submit]");
    const headers = JSON.parse(document.body.getAttribute("hx-headers") || "{}");
    const data = new FormData();
    // The options first, then the file: the server reads the stream in order.
    ["kind", "source", "consentWording"].forEach(function (name) {
      data.append(name, form.elements[name].value);
    });
    data.append("file", form.elements.file.files[0]);
    const request = new XMLHttpRequest();
    request.open("POST", form.action);
    Object.keys(headers).forEach(function (name) {
      request.setRequestHeader(name, headers[name]);
    });
    request.setRequestHeader("Accept", "application/json");
    request.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
      }
    });
    request.addEventListener("load", function () {
      if (request.status === 202) {
        window.location.href = form.dataset.jobUrl + JSON.parse(request.responseText).id;
      } else {
        fail();
      }
    });
    request.addEventListener("error", fail);
    function fail() {
      error.textContent = error.dataset.message;
      error.hidden = false;
      button.disabled = false;
    }
    error.hidden = true;
    bar.hidden = false;
    button.disabled = true;
    request.send(data);
  });
})();
