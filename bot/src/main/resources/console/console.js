// Draws the dashboard's charts from the data-series JSON the server wrote into each .chart element.
(function () {
  if (typeof echarts === "undefined") { return; }
  var palette = ["#0b5d3b", "#3fa66b", "#a15c00", "#b00020"];
  document.querySelectorAll(".chart[data-chart]").forEach(function (el) {
    var data = JSON.parse(el.getAttribute("data-series"));
    var kind = el.getAttribute("data-chart");
    var option;
    if (kind === "activity") {
      option = {
        tooltip: { trigger: "axis" }, legend: { data: ["Mensajes", "Respuestas"] },
        xAxis: { type: "category", data: data.labels }, yAxis: { type: "value" },
        series: [
          { name: "Mensajes", type: "line", data: data.messages },
          { name: "Respuestas", type: "bar", data: data.answers }
        ]
      };
    } else if (kind === "mastery") {
      option = {
        tooltip: { trigger: "axis" }, legend: { data: ["< 50 %", "50–80 %", "≥ 80 %"] },
        xAxis: { type: "category", data: data.labels, axisLabel: { interval: 0, rotate: 20 } }, yAxis: { type: "value" },
        series: [
          { name: "< 50 %", type: "bar", stack: "m", data: data.low, color: "#b00020" },
          { name: "50–80 %", type: "bar", stack: "m", data: data.middle, color: "#a15c00" },
          { name: "≥ 80 %", type: "bar", stack: "m", data: data.high, color: "#0b5d3b" }
        ]
      };
    } else if (kind === "exams") {
      option = {
        tooltip: { trigger: "axis" }, legend: { data: ["Aprobados", "No aprobados", "Sin resultado"] },
        xAxis: { type: "value" }, yAxis: { type: "category", inverse: true, data: data.labels },
        series: [
          { name: "Aprobados", type: "bar", stack: "e", data: data.passed, color: "#0b5d3b" },
          { name: "No aprobados", type: "bar", stack: "e", data: data.failed, color: "#b00020" },
          { name: "Sin resultado", type: "bar", stack: "e", data: data.pending, color: "#9e9e9e" }
        ]
      };
    } else {
      option = {
        tooltip: {}, xAxis: { type: "value" },
        yAxis: { type: "category", inverse: true, data: data.labels },
        series: [{ type: "bar", data: data.counts, color: palette[0], label: { show: true, position: "right" } }]
      };
    }
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption(Object.assign({ color: palette, animation: false, grid: { containLabel: true, left: 8, right: 24 } }, option));
    el.setAttribute("data-rendered", "true");
    window.addEventListener("resize", function () { chart.resize(); });
  });
})();
