// Draws the dashboard's charts with ECharts from the page's JSON data block (no inline script: the CSP
// forbids it). Each chart's table, title and unit are in the page already; this only adds the drawing.
(function () {
  'use strict';

  var PALETTE = ['#8b1a1a', '#2f6f8f', '#d4a017', '#6b8e23', '#7f7f7f', '#c0504d'];

  function option(chart) {
    var first = chart.kind === 'RADAR' ? 2 : 1;
    var names = chart.headers.slice(first, first + chart.plotted);
    var base = {
      color: PALETTE,
      animation: false,
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: chart.kind === 'RADAR' ? 'item' : 'axis' },
      textStyle: { fontFamily: '"Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif' }
    };
    if (chart.kind === 'RADAR') {
      base.radar = {
        radius: '62%',
        center: ['50%', '56%'],
        indicator: chart.rows.map(function (r) { return { name: r[0], max: Number(r[1]) || 1 }; })
      };
      base.series = [{
        type: 'radar',
        data: names.map(function (name, i) {
          return { name: name, value: chart.rows.map(function (r) { return r[first + i]; }), areaStyle: { opacity: 0.15 } };
        })
      }];
      return base;
    }
    var horizontal = chart.kind === 'HORIZONTAL_BAR';
    var categories = { type: 'category', data: chart.rows.map(function (r) { return r[0]; }), inverse: horizontal,
      axisLabel: { hideOverlap: true, width: horizontal ? 140 : 90, overflow: 'truncate' } };
    var values = { type: 'value', name: chart.unit, minInterval: chart.unit === '分' || chart.unit === 'points' ? 0 : 1 };
    base.grid = { left: 8, right: 24, top: 36, bottom: 8, containLabel: true };
    base.xAxis = horizontal ? values : categories;
    base.yAxis = horizontal ? categories : values;
    base.series = names.map(function (name, i) {
      return {
        name: name,
        type: chart.kind === 'LINE' ? 'line' : 'bar',
        stack: chart.kind === 'STACKED_BAR' ? 'total' : undefined,
        data: chart.rows.map(function (r) { return r[first + i]; })
      };
    });
    return base;
  }

  function draw() {
    var block = document.getElementById('chart-data');
    if (!block || !window.echarts) {
      return;
    }
    var instances = [];
    JSON.parse(block.textContent).forEach(function (chart) {
      var element = document.querySelector('[data-chart="' + chart.id + '"]');
      if (!element || chart.plotted === 0 || chart.rows.length === 0) {
        return;
      }
      var instance = window.echarts.init(element, null, { renderer: 'canvas' });
      instance.setOption(option(chart));
      instances.push(instance);
    });
    window.addEventListener('resize', function () {
      instances.forEach(function (instance) { instance.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
