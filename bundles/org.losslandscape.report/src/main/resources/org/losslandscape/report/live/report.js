/*
 * The live report: draws every figure of the page with Apache ECharts (echarts.min.js beside this file) from the
 * JSON in <script id="llw-data">, written by the report's EChartsOption. Adds what JSON cannot hold: the heatmap
 * cells' renderItem, tooltips with the value under the cursor, the colour bar's labels, and a rotatable 3D view of
 * a landscape (a small canvas renderer: ECharts GL would need WebGL and a second library). window.llw exposes the
 * charts for tests. Without ECharts (or JavaScript) the PNG figures stay visible.
 */
(function () {
  'use strict';
  var llw = window.llw = { charts: {}, surfaces: {} };
  if (typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(document.getElementById('llw-data').textContent);
  document.documentElement.classList.add('live-on');

  function fmt(v) {
    if (v === null || v === undefined || typeof v !== 'number' || !isFinite(v)) {
      return '–';
    }
    var a = Math.abs(v);
    return a !== 0 && (a < 1e-3 || a >= 1e6) ? v.toExponential(5) : String(+v.toPrecision(6));
  }

  function colourBarValue(scale, t) {
    return scale.log ? Math.pow(10, Math.log10(scale.min) + t * (Math.log10(scale.max) - Math.log10(scale.min)))
      : scale.min + t * (scale.max - scale.min);
  }

  /** @return the value's position in the colour scale, 0..1 after clamping, or NaN when it cannot be coloured */
  function position(scale, v) {
    if (v === null || !isFinite(v) || scale.log && v <= 0) {
      return NaN;
    }
    var t = scale.log ? (Math.log10(v) - Math.log10(scale.min)) / (Math.log10(scale.max) - Math.log10(scale.min))
      : (v - scale.min) / (scale.max - scale.min);
    return Math.min(1, Math.max(0, t));
  }

  /** Adds the colour positions (t, one row per x) to the surface grid and returns its cells [x, y, value, t]. */
  function cells(surface, logX, logY) {
    var out = [];
    surface.t = surface.v.map(function (row, i) {
      return row.map(function (v, j) {
        var t = position(surface.scale, v);
        if (!isNaN(t) && !(logX && surface.x[i] <= 0) && !(logY && surface.y[j] <= 0)) {
          out.push([surface.x[i], surface.y[j], v, t]);
        }
        return isNaN(t) ? null : t;
      });
    });
    return out;
  }

  /** Decodes contour lines (integers: first point, then steps) into line data with gaps between the lines. */
  function contourData(c) {
    var out = [];
    c.lines.forEach(function (q) {
      if (out.length) {
        out.push([NaN, NaN]);
      }
      var x = 0, y = 0;
      for (var k = 0; k < q.length; k += 2) {
        x += q[k];
        y += q[k + 1];
        out.push([c.x0 + x * c.dx, c.y0 + y * c.dy]);
      }
    });
    return out;
  }

  /** The chart's line and point series as paths for the 3D view, at most 600 points each. */
  function paths(option) {
    return option.series.filter(function (s) {
      return s.name && s.id === undefined && (s.type === 'line' || s.type === 'scatter');
    }).map(function (s) {
      var step = Math.max(1, Math.ceil(s.data.length / 600));
      var kept = s.data.filter(function (p, k) { return k % step === 0 || k === s.data.length - 1; });
      return {
        color: s.color, x: kept.map(function (p) { return p[0]; }), y: kept.map(function (p) { return p[1]; })
      };
    });
  }

  function prepare(fig) {
    var option = fig.option;
    if (fig.surface) {
      fig.surface.paths = paths(option);
    }
    var xName = option.xAxis.name || 'x';
    var yName = option.yAxis.name || 'y';
    option.series.forEach(function (s) {
      if (s.type === 'custom' && s.renderItem === 'cells') {
        var cell = s.cell;
        s.data = cells(fig.surface, option.xAxis.type === 'log', option.yAxis.type === 'log');
        s.renderItem = function (params, api) {
          var lo = api.coord([api.value(0) - cell[0] / 2, api.value(1) - cell[1] / 2]);
          var hi = api.coord([api.value(0) + cell[0] / 2, api.value(1) + cell[1] / 2]);
          var shape = echarts.graphic.clipRectByRect({
            x: Math.min(lo[0], hi[0]), y: Math.min(lo[1], hi[1]),
            width: Math.abs(hi[0] - lo[0]) + 0.5, height: Math.abs(hi[1] - lo[1]) + 0.5
          }, params.coordSys);
          return shape && { type: 'rect', shape: shape, style: { fill: api.visual('color') } };
        };
        s.tooltip = {
          formatter: function (p) {
            return '<span class="llw-value">value = '
              + fmt(p.value[2]) + '</span><br>' + xName + ' = ' + fmt(p.value[0]) + ', ' + yName + ' = '
              + fmt(p.value[1]);
          }
        };
      } else if (s.id === 'contours') {
        s.data = contourData(s.contours);
        delete s.contours;
      } else if (s.id === 'marker-points') {
        s.tooltip = {
          formatter: function (p) {
            return (p.name || 'point') + '<br>' + xName + ' = ' + fmt(p.value[0]) + ', ' + yName + ' = '
              + fmt(p.value[1]);
          }
        };
      } else if (s.id !== 'contours' && s.id !== 'marker-lines') {
        s.tooltip = {
          valueFormatter: fmt,
          formatter: option.tooltip.trigger === 'item' ? function (p) {
            return p.seriesName + '<br>' + xName + ' = ' + fmt(p.value[0]) + ', ' + yName + ' = ' + fmt(p.value[1]);
          } : undefined
        };
      }
    });
    if (option.tooltip.trigger === 'axis') {
      option.tooltip.valueFormatter = fmt;
    }
    if (option.visualMap) {
      var scale = fig.surface.scale;
      option.visualMap.formatter = function (t) { return fmt(colourBarValue(scale, t)); };
    }
    return option;
  }

  /** A rotatable 3D view of a landscape: cells as quads drawn far to near, the paths lifted onto the surface. */
  function Surface3D(canvas, surface, colours) {
    var nx = surface.x.length, ny = surface.y.length;
    var sx = Math.max(1, Math.ceil(nx / 60)), sy = Math.max(1, Math.ceil(ny / 60));
    var x0 = surface.x[0], x1 = surface.x[nx - 1], y0 = surface.y[0], y1 = surface.y[ny - 1];
    var yaw = -0.7, pitch = 0.9, zoom = 1;
    var ctx = canvas.getContext('2d');
    var rgb = colours.map(function (c) {
      return [parseInt(c.substr(1, 2), 16), parseInt(c.substr(3, 2), 16), parseInt(c.substr(5, 2), 16)];
    });

    function colour(t) {
      var s = Math.min(1, Math.max(0, t)) * (rgb.length - 1), k = Math.min(Math.floor(s), rgb.length - 2), f = s - k;
      var a = rgb[k], b = rgb[k + 1];
      return 'rgb(' + Math.round(a[0] + f * (b[0] - a[0])) + ',' + Math.round(a[1] + f * (b[1] - a[1])) + ','
        + Math.round(a[2] + f * (b[2] - a[2])) + ')';
    }

    function height(x, y) { // bilinear in the colour position, which is the height (log-aware like the colours)
      var u = (x - x0) / (x1 - x0) * (nx - 1), v = (y - y0) / (y1 - y0) * (ny - 1);
      var i = Math.min(nx - 2, Math.max(0, Math.floor(u))), j = Math.min(ny - 2, Math.max(0, Math.floor(v)));
      var fu = Math.min(1, Math.max(0, u - i)), fv = Math.min(1, Math.max(0, v - j));
      var t = surface.t;
      return (1 - fu) * (1 - fv) * t[i][j] + fu * (1 - fv) * t[i + 1][j] + (1 - fu) * fv * t[i][j + 1]
        + fu * fv * t[i + 1][j + 1];
    }

    function project(x, y, t) {
      var px = (x - x0) / (x1 - x0) * 2 - 1, py = (y - y0) / (y1 - y0) * 2 - 1, pz = t * 0.9 - 0.45;
      var cx = Math.cos(yaw) * px - Math.sin(yaw) * py, cy = Math.sin(yaw) * px + Math.cos(yaw) * py;
      var sy2 = Math.cos(pitch) * cy - Math.sin(pitch) * pz, depth = Math.sin(pitch) * cy + Math.cos(pitch) * pz;
      var s = Math.min(canvas.width, canvas.height) * 0.36 * zoom;
      return [canvas.width / 2 + s * cx, canvas.height / 2 + s * sy2, depth];
    }

    function draw() {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      var quads = [];
      for (var i = 0; i + sx < nx; i += sx) {
        for (var j = 0; j + sy < ny; j += sy) {
          var t = [surface.t[i][j], surface.t[i + sx][j], surface.t[i + sx][j + sy], surface.t[i][j + sy]];
          if (t.some(function (v) { return v === null; })) {
            continue;
          }
          var p = [project(surface.x[i], surface.y[j], t[0]), project(surface.x[i + sx], surface.y[j], t[1]),
            project(surface.x[i + sx], surface.y[j + sy], t[2]), project(surface.x[i], surface.y[j + sy], t[3])];
          quads.push({ p: p, d: (p[0][2] + p[1][2] + p[2][2] + p[3][2]) / 4, c: colour((t[0] + t[1] + t[2] + t[3]) / 4) });
        }
      }
      quads.sort(function (a, b) { return b.d - a.d; });
      quads.forEach(function (q) {
        ctx.beginPath();
        ctx.moveTo(q.p[0][0], q.p[0][1]);
        for (var k = 1; k < 4; k++) {
          ctx.lineTo(q.p[k][0], q.p[k][1]);
        }
        ctx.closePath();
        ctx.fillStyle = q.c;
        ctx.strokeStyle = q.c;
        ctx.fill();
        ctx.stroke();
      });
      surface.paths.forEach(function (path) {
        ctx.beginPath();
        for (var k = 0; k < path.x.length; k++) {
          var q = project(path.x[k], path.y[k], height(path.x[k], path.y[k]) + 0.01);
          if (k === 0) {
            ctx.moveTo(q[0], q[1]);
          } else {
            ctx.lineTo(q[0], q[1]);
          }
        }
        ctx.strokeStyle = path.color;
        ctx.lineWidth = 2;
        ctx.stroke();
        ctx.lineWidth = 1;
      });
      ctx.fillStyle = '#555555';
      ctx.font = '12px sans-serif';
      ctx.fillText('drag to rotate, wheel to zoom (' + surface.xName + ', ' + surface.yName + '; height and colour: '
        + 'the colour scale)', 8, canvas.height - 8);
    }

    var dragging = null;
    canvas.addEventListener('mousedown', function (e) { dragging = [e.clientX, e.clientY]; });
    window.addEventListener('mouseup', function () { dragging = null; });
    window.addEventListener('mousemove', function (e) {
      if (dragging) {
        yaw += (e.clientX - dragging[0]) * 0.01;
        pitch = Math.min(1.55, Math.max(0.05, pitch + (e.clientY - dragging[1]) * 0.01));
        dragging = [e.clientX, e.clientY];
        draw();
      }
    });
    canvas.addEventListener('wheel', function (e) {
      e.preventDefault();
      zoom = Math.min(4, Math.max(0.4, zoom * (e.deltaY < 0 ? 1.1 : 1 / 1.1)));
      draw();
    }, { passive: false });
    this.draw = draw;
    this.rotate = function (dYaw, dPitch) {
      yaw += dYaw;
      pitch = Math.min(1.55, Math.max(0.05, pitch + dPitch));
      draw();
    };
    draw();
  }

  document.querySelectorAll('.live[data-figure]').forEach(function (div) {
    var name = div.getAttribute('data-figure');
    var fig = data[name];
    if (!fig) {
      return;
    }
    var chart = echarts.init(div, null, { renderer: 'canvas' });
    chart.setOption(prepare(fig));
    llw.charts[name] = chart;
    if (fig.surface) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'view3d';
      button.textContent = '3D surface';
      var canvas = document.createElement('canvas');
      canvas.width = div.clientWidth;
      canvas.height = div.clientHeight;
      canvas.className = 'surface3d';
      canvas.hidden = true;
      div.parentNode.insertBefore(button, div.nextSibling);
      div.parentNode.insertBefore(canvas, button.nextSibling);
      button.addEventListener('click', function () {
        if (!llw.surfaces[name]) {
          llw.surfaces[name] = new Surface3D(canvas, fig.surface, fig.option.visualMap.inRange.color);
        }
        canvas.hidden = !canvas.hidden;
        button.textContent = canvas.hidden ? '3D surface' : 'hide 3D surface';
      });
    }
  });
  window.addEventListener('resize', function () {
    Object.keys(llw.charts).forEach(function (k) { llw.charts[k].resize(); });
  });
}());
