// Vizor.ECharts reads a chart's options with eval(), which the console's Content-Security-Policy forbids (no
// 'unsafe-eval'). The console's charts carry no JavaScript functions, so their options are plain JSON: these two
// replacements read them with JSON.parse and otherwise do what Vizor's do.
(() => {
  const charts = window.vizorECharts;

  charts.initChart = async function (id, theme, initOptions, chartOptions) {
    const chart = echarts.init(document.getElementById(id), theme, JSON.parse(initOptions));
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

  // A printed page (the daily handover) draws each chart at the paper's width.
  window.addEventListener('beforeprint', () => charts.charts.forEach(chart => chart.resize()));
  window.addEventListener('afterprint', () => charts.charts.forEach(chart => chart.resize()));
})();
