// Draws the charts that pages and htmx fragments declare as <canvas data-chart="..." data-points='[...]'>.
(function () {
  var BAND_COLOURS = { RED: '#dc2626', YELLOW: '#ca8a04', GREEN: '#16a34a' };

  function scoreHistory(canvas) {
    var points = JSON.parse(canvas.dataset.points || '[]');
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: points.map(function (p) { return p.day; }),
        datasets: [{
          label: canvas.dataset.label || 'Health',
          data: points.map(function (p) { return p.score; }),
          borderColor: '#2563eb', borderWidth: 2, pointRadius: 0, spanGaps: false, tension: 0.2,
          segment: { borderColor: function (ctx) { var p = points[ctx.p1DataIndex]; return p && BAND_COLOURS[p.band] || '#2563eb'; } }
        }]
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100 }, x: { ticks: { maxTicksLimit: 8 } } },
        plugins: { legend: { display: false } }
      }
    });
  }

  function bars(canvas) {
    var data = JSON.parse(canvas.dataset.points || '{}');
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s) {
          var colour = s.colours ? s.colours.map(function (c) { return BAND_COLOURS[c] || c; })
            : (BAND_COLOURS[s.band] || s.colour || '#2563eb');
          return { label: s.label, data: s.values, backgroundColor: colour };
        })
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { stacked: data.stacked === true },
                  y: { stacked: data.stacked === true, beginAtZero: true, ticks: { precision: data.precision === undefined ? 0 : data.precision } } },
        plugins: { legend: { display: data.series.length > 1 } }
      }
    });
  }

  var KINDS = { 'score-history': scoreHistory, 'bars': bars };

  function draw(root) {
    if (typeof Chart === 'undefined') { return; }
    (root || document).querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (canvas.dataset.drawn) { return; }
      var kind = KINDS[canvas.dataset.chart];
      if (kind) { kind(canvas); canvas.dataset.drawn = 'true'; }
    });
  }

  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSettle', function (e) { draw(e.target); });
})();
