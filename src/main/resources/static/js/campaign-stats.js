// Draws a campaign's charts (Chart.js) and fills its top links from the page's stats URL.
"use strict";
(function () {
  const section = document.getElementById("statistics");
  if (!section || typeof Chart === "undefined") {
    return;
  }
  const hour = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
    { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: section.dataset.timeZone });
  function label(iso) {
    return hour.format(new Date(iso));
  }
  function bars(canvasId, labels, datasets) {
    const canvas = document.getElementById(canvasId);
    if (!canvas) {
      return;
    }
    new Chart(canvas, {
      type: "bar",
      data: { labels: labels, datasets: datasets },
      options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
  fetch(section.dataset.statsUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("statistics: " + response.status);
      }
      return response.json();
    })
    .then(function (stats) {
      bars("sent-chart", stats.sentPerHour.map(function (h) { return label(h.hour); }),
        [{ label: section.dataset.sentLabel, data: stats.sentPerHour.map(function (h) { return h.count; }), backgroundColor: "#1f4fd1" }]);
      const feedbackHours = stats.feedbackPerHour.map(function (h) { return label(h.hour); });
      function series(labelKey, field, colour) {
        return { label: section.dataset[labelKey], data: stats.feedbackPerHour.map(function (h) { return h[field]; }), backgroundColor: colour };
      }
      bars("feedback-chart", feedbackHours, [series("opensLabel", "opens", "#1d6b35"), series("clicksLabel", "clicks", "#c77c02")]);
      bars("outcomes-chart", feedbackHours, [series("bouncesLabel", "bounces", "#b3261e"),
        series("unsubscribesLabel", "unsubscribes", "#6d4c9f"), series("complaintsLabel", "complaints", "#3c3c3c")]);
      const body = document.querySelector("#top-links tbody");
      stats.topLinks.forEach(function (link) {
        const row = body.insertRow();
        row.insertCell().textContent = link.url;
        row.insertCell().textContent = link.clicks;
        row.insertCell().textContent = link.uniqueClicks;
      });
    });
})();
