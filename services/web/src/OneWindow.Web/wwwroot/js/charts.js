// Vizor.ECharts reads a chart's options with eval(), which the console's Content-Security-Policy forbids (no
// 'unsafe-eval'). The console's charts carry no JavaScript functions, so their options are plain JSON: these
// replacements read them with JSON.parse and otherwise do what Vizor's do, and a page left before its chart was drawn
// is not an error.
(() => {
  const charts = window.vizorECharts;

  charts.initChart = async function (id, theme, initOptions, chartOptions) {
    // The figures may arrive after the user has left the page (a click on a link while they were read): the chart's
    // element is gone and there is nothing to draw. Vizor's own initChart throws here, which ends the user's circuit.
    const element = document.getElementById(id);
    if (element === null) {
      return;
    }

    const chart = echarts.init(element, theme, JSON.parse(initOptions));
    chart.__resizeHandler = () => chart.resize();
    window.addEventListener('resize', chart.__resizeHandler);
    charts.charts.set(id, chart);
    if (chartOptions !== null) {
      chart.setOption(JSON.parse(chartOptions));
    }
  };

  charts.updateChart = async function (id, chartOptions) {
    const chart = charts.charts.get(id);
    if (chart) {
      chart.setOption(JSON.parse(chartOptions));
    }
  };

  // A chart never drawn (its page left first) has nothing to dispose; Vizor's own disposeChart throws for it.
  charts.disposeChart = function (id) {
    const chart = charts.charts.get(id);
    if (!chart) {
      return;
    }

    window.removeEventListener('resize', chart.__resizeHandler);
    echarts.dispose(chart);
    charts.charts.delete(id);
  };

  // A printed page (the daily handover) draws each chart at the paper's width.
  window.addEventListener('beforeprint', () => charts.charts.forEach(chart => chart.resize()));
  window.addEventListener('afterprint', () => charts.charts.forEach(chart => chart.resize()));
})();
