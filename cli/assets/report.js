(function () {
  'use strict';
  var D = { caps: [], fk: [], ck: [], ts: [] };
  try {
    D = JSON.parse(document.getElementById('atscope-data').textContent);
  } catch (err) {
    /* a page without its data still shows its tables */
  }
  var SEVS = ['error', 'warning', 'info'];
  var SEVCOL = { error: '#c62828', warning: '#e07800', info: '#1e6fc0' };
  var $ = function (id) { return document.getElementById(id); };
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /* ---- violations: filter by severity, rule and capture ---- */
  var vrows = Array.prototype.slice.call(document.querySelectorAll('#vtable tbody tr'));
  function applyFilter() {
    var on = {};
    SEVS.forEach(function (s) { var b = $('f-' + s); on[s] = !b || b.checked; });
    var rsel = $('f-rule'), csel = $('f-cap');
    var rule = rsel ? rsel.value : '', cap = csel ? csel.value : '';
    var n = 0;
    vrows.forEach(function (tr) {
      var show = on[tr.getAttribute('data-sev')] &&
        (!rule || tr.getAttribute('data-rule') === rule) &&
        (cap === '' || tr.getAttribute('data-cap') === cap);
      tr.hidden = !show;
      if (show) n++;
    });
    var out = $('f-shown');
    if (out) out.textContent = n + ' of ' + vrows.length + ' shown';
  }
  var form = $('vfilter');
  if (form) {
    form.hidden = false;
    form.addEventListener('change', applyFilter);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    applyFilter();
  }
  each(document.querySelectorAll('a.rule-link'), function (a) {
    a.addEventListener('click', function () {
      var rsel = $('f-rule');
      if (!rsel) return;
      rsel.value = a.getAttribute('data-rule');
      SEVS.forEach(function (s) { var b = $('f-' + s); if (b) b.checked = true; });
      applyFilter();
    });
  });

  /* violations of each capture, for the timeline */
  var vby = {};
  vrows.forEach(function (tr) {
    var c = tr.getAttribute('data-cap');
    var td = tr.querySelector('.msg'), msg = '';
    if (td) {
      for (var k = 0; k < td.childNodes.length && td.childNodes[k].nodeName !== 'UL'; k++)
        msg += td.childNodes[k].textContent;
    }
    (vby[c] = vby[c] || []).push({
      line: +tr.getAttribute('data-line'), sev: tr.getAttribute('data-sev'),
      rule: tr.getAttribute('data-rule'), msg: msg, id: tr.id
    });
  });

  /* ---- formatting ---- */
  function pad(n, w) { n = String(n); while (n.length < w) n = '0' + n; return n; }
  function fmtDur(us) {
    if (us === null || us === undefined) return '?';
    var a = Math.abs(us);
    if (a < 1000) return (us / 1000).toFixed(2) + ' ms';
    if (a < 10e6) return Math.round(us / 1000) + ' ms';
    return (us / 1e6).toFixed(3) + ' s';
  }
  function fmtClock(us, tk, short) {
    var ms = Math.floor(us / 1000), s;
    if (tk === 1 || tk === 4) {
      s = new Date(ms).toISOString();
      if (short) return s.slice(11, 23);
      return s.replace('T', ' ').slice(0, 23) + (tk === 1 ? 'Z' : '');
      return s;
    }
    if (tk === 2) {
      var day = Math.floor(ms / 86400000), r = ms - day * 86400000;
      s = pad(Math.floor(r / 3600000), 2) + ':' + pad(Math.floor(r / 60000) % 60, 2) + ':' +
        pad(Math.floor(r / 1000) % 60, 2) + '.' + pad(r % 1000, 3);
      return (day ? '+' + day + 'd ' : '') + s;
    }
    return (us / 1e6).toFixed(3) + ' s';
  }
  function niceStep(raw) {
    var p = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10)), m = raw / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }

  /* ---- timeline of one capture ---- */
  var KIND = ['command', 'URC', 'data mode', 'unparsed'];
  var OKF = { 1: 1, 2: 1, 10: 1 };        /* OK, CONNECT, profile success */
  var COL = {
    ok: '#2e9e5b', fail: '#d64545', none: '#9a9a9a', compl: '#3b82c4', complBad: '#e08a1e',
    urc: '#4b5563', data: 'rgba(124,58,237,0.13)', dataEdge: '#7c3aed', unparsed: '#b7791f'
  };
  var LANE_H = 26, GUTTER = 92, TOP = 10, AXIS = 26;

  function Timeline(root, c) {
    var self = this;
    this.root = root;
    this.c = c;
    this.tk = c.tk;
    this.timed = c.tk > 0;
    var ev = this.ev = c.e.map(function (a, i) {
      return {
        i: i, k: a[0], line: a[1], end: a[2], t0: a[3], t1: a[4], t2: a[5], res: a[6],
        compl: a[7], st: a[8], sock: a[9], text: c.s[a[10]] || '', viol: []
      };
    });
    var byLine = ev.slice().sort(function (a, b) { return a.line - b.line || a.i - b.i; });
    this.byLine = byLine;
    this.lastLine = 0;
    ev.forEach(function (e) { self.lastLine = Math.max(self.lastLine, e.line, e.end); });
    if (this.timed) {
      /* events without a time of their own sit at the last time before them */
      var last = null, firstT = null;
      byLine.forEach(function (e) { if (firstT === null && e.t0 !== null) firstT = e.t0; });
      byLine.forEach(function (e) {
        if (e.t0 === null) {
          e.t0 = last !== null ? last : firstT;
          e.guess = true;
        } else last = e.t0;
        e.x0 = e.t0;
        e.x1 = e.t1;
        e.x2 = e.t2;
      });
    } else {
      var nextCmd = null;
      for (var k = byLine.length - 1; k >= 0; k--) {
        var e = byLine[k];
        e.x0 = e.line;
        e.x1 = e.end;
        e.x2 = null;
        if (e.k === 0 && e.compl) {
          /* the final result came before the next command: the rest waits */
          e.x1 = nextCmd !== null && nextCmd <= e.end ? Math.max(e.line, nextCmd - 1)
            : e.line;
          e.x2 = e.end;
        }
        if (e.k === 0) nextCmd = e.line;
      }
    }
    this.order = ev.slice().sort(function (a, b) {
      return a.x0 - b.x0 || a.line - b.line;
    });
    this.order.forEach(function (e, k) { e.pos = k; });
    /* lanes: commands without a socket, one per socket, URCs, unparsed */
    var socks = {}, anyX = false;
    ev.forEach(function (e) {
      if (e.k === 0 && e.sock >= 0) socks[e.sock] = 1;
      if (e.k === 3) anyX = true;
    });
    this.lanes = [{ name: 'commands' }];
    this.sockLane = {};
    var ids = Object.keys(socks).map(Number).sort(function (a, b) { return a - b; });
    ids.forEach(function (s) {
      self.sockLane[s] = self.lanes.length;
      self.lanes.push({ name: 'socket ' + s });
    });
    this.urcLane = this.lanes.length;
    this.lanes.push({ name: 'URCs' });
    this.xLane = anyX ? this.lanes.length : this.urcLane;
    if (anyX) this.lanes.push({ name: 'unparsed' });
    (vby[c.cap] || []).forEach(function (v) {
      var e = self.find(v.line);
      if (e) { e.viol.push(v); v.ev = e; }
    });

    this.canvas = root.querySelector('canvas');
    this.tip = root.querySelector('.tip');
    this.info = root.querySelector('.info');
    this.ctl = root.querySelector('.tl-ctl');
    this.slider = root.querySelector('.slider');
    this.wsel = root.querySelector('.wsize');
    this.rangeOut = root.querySelector('.range');
    this.W = +(this.wsel ? this.wsel.value : 2000) || 2000;
    this.start = 0;
    this.sel = null;
    this.hits = [];
    this.zoom = null;          /* [xmin, xmax] picked by dragging, or null */
    this.drag = null;
    if (!this.canvas) return;
    if (this.ctl) this.ctl.hidden = false;
    var on = function (sel, type, fn) { root.querySelector(sel).addEventListener(type, fn); };
    on('.slider', 'input', function () { self.start = +self.slider.value; self.move(0); });
    on('.prev', 'click', function () { self.move(-self.W / 2); });
    on('.next', 'click', function () { self.move(self.W / 2); });
    this.wsel.addEventListener('change', function () {
      var mid = self.start + self.W / 2;
      self.W = +self.wsel.value;
      self.start = Math.round(mid - self.W / 2);
      self.move(0);
    });
    this.unzoom = root.querySelector('.unzoom');
    this.unzoom.addEventListener('click', function () { self.setZoom(null); });
    var px = function (e) { return e.clientX - self.canvas.getBoundingClientRect().left; };
    this.canvas.addEventListener('mousedown', function (e) {
      if (e.button !== 0 || px(e) <= GUTTER) return;
      self.drag = { a: px(e), b: px(e) };
      e.preventDefault();
    });
    this.canvas.addEventListener('mousemove', function (e) {
      if (!self.drag) return self.hover(e);
      self.drag.b = px(e);
      self.tip.hidden = true;
      self.draw();
    });
    window.addEventListener('mouseup', function () {
      var d = self.drag;
      if (!d) return;
      self.drag = null;
      if (Math.abs(d.b - d.a) < 6) { self.draw(); return; }
      self.dragged = true;
      var m = self.xmap, lo = Math.min(d.a, d.b), hi = Math.max(d.a, d.b);
      self.setZoom([m.xmin + (lo - m.L) / m.k, m.xmin + (hi - m.L) / m.k]);
    });
    this.canvas.addEventListener('dblclick', function () { self.setZoom(null); });
    this.canvas.addEventListener('mouseleave', function () { self.tip.hidden = true; });
    this.canvas.addEventListener('click', function (e) {
      if (self.dragged) { self.dragged = false; return; }
      var h = self.hit(e);
      if (h) {
        self.select(h);
        try {
          history.replaceState(null, '', '#c' + c.cap + '-l' + h.line);
        } catch (err) { /* some file:// pages refuse */ }
      }
    });
    this.legend();
    this.move(0);
  }

  /* The event at a line: the one starting there, else the latest one before
   * it that spans it, else the nearest. */
  Timeline.prototype.find = function (line) {
    var a = this.byLine, lo = 0, hi = a.length - 1, k = -1;
    if (!a.length) return null;
    while (lo <= hi) {
      var m = (lo + hi) >> 1;
      if (a[m].line <= line) { k = m; lo = m + 1; } else hi = m - 1;
    }
    if (k < 0) return a[0];
    if (a[k].line === line) {
      while (k > 0 && a[k - 1].line === line) k--;
      return a[k];
    }
    for (var j = k; j >= 0 && j > k - 500; j--)
      if (a[j].end >= line) return a[j];
    return k + 1 < a.length && a[k + 1].line - line < line - a[k].line ? a[k + 1] : a[k];
  };

  Timeline.prototype.setZoom = function (z) {
    this.zoom = z && z[1] > z[0] ? z : null;
    this.unzoom.hidden = !this.zoom;
    this.draw();
  };

  Timeline.prototype.move = function (d) {
    this.zoom = null;
    this.unzoom.hidden = true;
    var n = this.order.length, max = Math.max(0, n - this.W);
    this.start = Math.max(0, Math.min(max, Math.round(this.start + d)));
    this.slider.max = max;
    this.slider.value = this.start;
    this.slider.disabled = max === 0;
    this.root.querySelector('.prev').disabled = this.start === 0;
    this.root.querySelector('.next').disabled = this.start >= max;
    this.draw();
  };

  /* Moves the window so that it shows e, and selects it. */
  Timeline.prototype.show = function (e) {
    if (this.zoom && (e.x0 < this.zoom[0] || e.x0 > this.zoom[1])) this.setZoom(null);
    if (e.pos < this.start || e.pos >= this.start + this.W) {
      this.start = e.pos - Math.floor(this.W / 2);
      this.move(0);
    }
    this.select(e);
  };

  Timeline.prototype.laneOf = function (e) {
    if (e.k === 0) return e.sock >= 0 && e.sock in this.sockLane ? this.sockLane[e.sock] : 0;
    if (e.k === 1) return this.urcLane;
    if (e.k === 3) return this.xLane;
    return -1;
  };

  Timeline.prototype.draw = function () {
    var cv = this.canvas, dpr = window.devicePixelRatio || 1;
    var w = Math.max(300, cv.parentNode.clientWidth || 800);
    var hgt = TOP + this.lanes.length * LANE_H + AXIS;
    cv.style.width = w + 'px';
    cv.style.height = hgt + 'px';
    cv.width = Math.round(w * dpr);
    cv.height = Math.round(hgt * dpr);
    var g = cv.getContext('2d');
    if (!g) return;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, w, hgt);
    var n = this.order.length, s = this.start, e1 = Math.min(n, s + this.W);
    var win = this.order.slice(s, e1);
    this.rangeOut.textContent = n ? 'events ' + (s + 1) + '\u2013' + e1 + ' of ' + n
      : 'no events';
    var lanesH = this.lanes.length * LANE_H;
    /* lanes */
    g.font = '12px system-ui, sans-serif';
    g.textBaseline = 'middle';
    for (var l = 0; l < this.lanes.length; l++) {
      g.fillStyle = l % 2 ? '#f6f7f9' : '#eceff3';
      g.fillRect(GUTTER, TOP + l * LANE_H, w - GUTTER, LANE_H);
      g.fillStyle = '#374151';
      g.fillText(this.lanes[l].name, 6, TOP + l * LANE_H + LANE_H / 2);
    }
    if (!win.length) { cv.setAttribute('data-drawn', '0'); return; }
    var xmin = win[0].x0, xmax = win[win.length - 1].x0;
    var span = xmax - xmin;
    if (span <= 0) span = this.timed ? 1000 : 1;
    xmin -= span * 0.02;
    xmax = xmin + span * 1.04;
    if (this.zoom) { xmin = this.zoom[0]; xmax = this.zoom[1]; }
    var L = GUTTER + 4, R = w - 8, k = (R - L) / (xmax - xmin);
    this.xmap = { xmin: xmin, L: L, k: k };
    var far = function (e) {
      var end = Math.max(e.x0, e.x1 === null || e.x1 === undefined ? e.x0 : e.x1,
        e.x2 === null || e.x2 === undefined ? e.x0 : e.x2);
      return end < xmin || e.x0 > xmax;
    };
    var X = function (x) { return L + (x - xmin) * k; };
    var clip = function (x) { return Math.max(L - 4, Math.min(R + 4, x)); };
    this.X = X;
    /* axis */
    var step = niceStep((xmax - xmin) / Math.max(2, (R - L) / 110));
    if (!this.timed) step = Math.max(1, Math.round(step));
    g.fillStyle = '#4b5563';
    g.strokeStyle = '#d1d5db';
    g.textBaseline = 'top';
    g.textAlign = 'center';
    var base = this.c.base;
    for (var t = Math.ceil(xmin / step) * step; t <= xmax; t += step) {
      var px = X(t);
      g.beginPath();
      g.moveTo(px + 0.5, TOP);
      g.lineTo(px + 0.5, TOP + lanesH + 4);
      g.stroke();
      var lab = !this.timed ? 'line ' + Math.round(t)
        : this.tk === 3 ? fmtDur(base + t) : fmtClock(base + t, this.tk, true);
      g.fillText(lab, Math.max(L + 30, Math.min(R - 30, px)), TOP + lanesH + 7);
    }
    g.textAlign = 'left';
    var hits = [], self = this;
    g.save();
    g.beginPath();
    g.rect(L - 4, 0, R - L + 12, hgt);
    g.clip();
    function box(x, y, bw, bh, e) { hits.push({ x: x, y: y, w: bw, h: bh, e: e }); }
    /* data mode bands under everything */
    win.forEach(function (e) {
      if (e.k !== 2 || far(e)) return;
      var a = clip(X(e.x0)), b = clip(X(e.x1 !== null && e.x1 !== undefined ? e.x1 : e.x0));
      var bw = Math.max(3, b - a);
      g.fillStyle = COL.data;
      g.fillRect(a, TOP, bw, lanesH);
      g.fillStyle = COL.dataEdge;
      g.fillRect(a, TOP, bw, 3);
      box(a, TOP, bw, 8, e);
    });
    var drawn = 0;
    win.forEach(function (e) {
      if (far(e)) return;
      drawn++;
      var lane = self.laneOf(e);
      if (lane < 0) return;
      var y = TOP + lane * LANE_H, x = X(e.x0), a = clip(x), hx, hw, hy, hh;
      if (e.k === 0) {
        var has1 = e.x1 !== null && e.x1 !== undefined;
        var b = clip(has1 ? X(e.x1) : x);
        var bw = Math.max(3, b - a);
        g.fillStyle = !e.res ? COL.none : OKF[e.res] ? COL.ok : COL.fail;
        g.fillRect(a, y + 7, bw, 12);
        hx = a; hw = bw; hy = y + 5; hh = 16;
        if (e.compl) {
          var c0 = a + bw, ok = e.compl === 1;
          g.fillStyle = ok ? COL.compl : COL.complBad;
          if (e.x2 !== null && e.x2 !== undefined) {
            var c1 = clip(X(e.x2));
            g.fillRect(c0, y + 11, Math.max(2, c1 - c0), 4);
            g.fillRect(Math.max(c0, c1 - 2), y + 7, 2, 12);
            hw = Math.max(hw, c1 - a);
          } else {
            /* no completion seen: a dashed tail */
            for (var q = 0; q < 5; q++) g.fillRect(c0 + 2 + q * 6, y + 12, 3, 2);
            hw += 32;
          }
        }
      } else if (e.k === 1) {
        g.fillStyle = COL.urc;
        g.fillRect(a - 1, y + 5, 2, 16);
        hx = a - 3; hw = 6; hy = y + 3; hh = 20;
      } else {
        g.fillStyle = COL.unparsed;
        g.beginPath();
        g.moveTo(a, y + 6);
        g.lineTo(a + 5, y + 13);
        g.lineTo(a, y + 20);
        g.lineTo(a - 5, y + 13);
        g.closePath();
        g.fill();
        hx = a - 5; hw = 10; hy = y + 5; hh = 16;
      }
      if (e.viol.length) {
        var worst = e.viol.some(function (v) { return v.sev === 'error'; }) ? 'error'
          : e.viol.some(function (v) { return v.sev === 'warning'; }) ? 'warning' : 'info';
        g.strokeStyle = SEVCOL[worst];
        g.lineWidth = 2;
        g.strokeRect(hx - 2, hy - 1, hw + 4, hh + 2);
        g.fillStyle = SEVCOL[worst];
        g.beginPath();
        g.moveTo(hx + 1, y + 1); g.lineTo(hx + 9, y + 1); g.lineTo(hx + 5, y + 6);
        g.closePath();
        g.fill();
        g.lineWidth = 1;
      }
      if (e === self.sel) {
        g.strokeStyle = '#111827';
        g.lineWidth = 2;
        g.setLineDash([3, 2]);
        g.strokeRect(hx - 4, hy - 3, hw + 8, hh + 6);
        g.setLineDash([]);
        g.lineWidth = 1;
      }
      box(Math.min(hx, hx + hw - 6), hy, Math.max(6, hw), hh, e);
    });
    g.restore();
    if (this.drag) {
      g.fillStyle = 'rgba(29,95,168,0.15)';
      g.strokeStyle = '#1d5fa8';
      var da = Math.min(this.drag.a, this.drag.b), dw = Math.abs(this.drag.b - this.drag.a);
      g.fillRect(da, TOP, dw, lanesH);
      g.strokeRect(da + 0.5, TOP + 0.5, dw, lanesH);
    }
    this.hits = hits;
    cv.setAttribute('data-drawn', String(drawn));
  };

  Timeline.prototype.hit = function (ev) {
    var r = this.canvas.getBoundingClientRect();
    var x = ev.clientX - r.left, y = ev.clientY - r.top;
    var best = null, bd = 1e9;
    for (var k = this.hits.length - 1; k >= 0; k--) {
      var h = this.hits[k];
      if (y < h.y || y > h.y + h.h) continue;
      var d = x < h.x ? h.x - x : x > h.x + h.w ? x - h.x - h.w : 0;
      if (d < bd && d <= 3) { bd = d; best = h.e; if (!d && h.e.k !== 2) break; }
    }
    return best;
  };

  Timeline.prototype.describe = function (e) {
    var out = [], tk = this.tk, base = this.c.base;
    var lines = 'line ' + e.line + (e.end > e.line ? '\u2013' + e.end : '');
    if (e.k === 0) {
      out.push(['b', e.text || '(empty command)']);
      var head = 'command \u00b7 ' + lines + (e.sock >= 0 ? ' \u00b7 socket ' + e.sock : '');
      out.push(['', head]);
      var res = 'result ' + (e.res ? D.fk[e.res] : 'none');
      if (e.compl) res += ' \u00b7 completion ' + D.ck[e.compl];
      if (e.st) res += ' \u00b7 ' + D.ts[e.st];
      out.push(['', res]);
      if (this.timed) {
        var lat = [];
        if (e.t1 !== null) lat.push('final after ' + fmtDur(e.t1 - e.t0));
        if (e.t2 !== null) lat.push('completion after ' + fmtDur(e.t2 - e.t0));
        var sent = 'sent ' + fmtClock(base + e.t0, tk);
        out.push(['', sent + (lat.length ? ' \u00b7 ' + lat.join(', ') : '')]);
      }
    } else {
      if (e.k === 2) {
        out.push(['b', 'data mode']);
        out.push(['', e.text ? 'ended by ' + e.text : 'end not seen']);
      } else out.push(['b', e.text || '(empty line)']);
      out.push(['', KIND[e.k] + ' \u00b7 ' + lines]);
      if (this.timed) {
        var t = (e.guess ? '~' : '') + fmtClock(base + e.t0, tk);
        if (e.k === 2 && e.t1 !== null) t += ' \u00b7 for ' + fmtDur(e.t1 - e.t0);
        out.push(['', t]);
      }
    }
    e.viol.forEach(function (v) {
      out.push(['v v-' + v.sev, v.sev + ' [' + v.rule + '] ' + v.msg, v]);
    });
    return out;
  };

  Timeline.prototype.hover = function (ev) {
    var e = this.hit(ev), tip = this.tip;
    this.canvas.style.cursor = e ? 'pointer' : 'default';
    if (!e) { tip.hidden = true; return; }
    tip.textContent = '';
    this.describe(e).forEach(function (d) { tip.appendChild(el('div', d[0], d[1])); });
    tip.hidden = false;
    var r = this.canvas.getBoundingClientRect();
    var x = ev.clientX - r.left + 14, y = ev.clientY - r.top + 14;
    var cw = this.canvas.parentNode.clientWidth;
    if (x + tip.offsetWidth > cw)
      x = Math.max(0, ev.clientX - r.left - tip.offsetWidth - 14);
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
  };

  Timeline.prototype.select = function (e) {
    this.sel = e;
    var info = this.info;
    info.textContent = '';
    this.describe(e).forEach(function (d) {
      var row = el('div', d[0]);
      if (d[2] && d[2].id) {
        var a = el('a', '', d[1]);
        a.href = '#' + d[2].id;
        row.appendChild(a);
      } else row.textContent = d[1];
      info.appendChild(row);
    });
    info.setAttribute('data-line', String(e.line));
    info.setAttribute('data-end', String(Math.max(e.line, e.end)));
    this.draw();
  };

  Timeline.prototype.legend = function () {
    var lg = this.root.querySelector('.legend');
    if (!lg) return;
    var items = [['bar', COL.ok, 'command, OK'], ['bar', COL.fail, 'command, failed'],
      ['bar', COL.none, 'no final result'], ['line', COL.compl, 'until async completion'],
      ['line', COL.complBad, 'completion failed or missing'], ['tick', COL.urc, 'URC'],
      ['band', COL.data, 'data mode'], ['mark', COL.unparsed, 'unparsed line'],
      ['viol', SEVCOL.error, 'has a violation (in the colour of its severity)']];
    items.forEach(function (it) {
      var s = el('span', 'lg');
      var sw = el('i', 'sw sw-' + it[0]);
      if (it[0] === 'viol') sw.style.borderColor = it[1]; else sw.style.background = it[1];
      s.appendChild(sw);
      s.appendChild(document.createTextNode(it[2]));
      lg.appendChild(s);
    });
  };

  var TL = {};
  D.caps.forEach(function (c) {
    var root = $('tl' + c.cap);
    if (root) TL[c.cap] = new Timeline(root, c);
  });

  function go(href) {
    var m = /^#c(\d+)-l(\d+)$/.exec(href || '');
    if (!m || !TL[m[1]]) return false;
    var t = TL[m[1]], line = +m[2], e = t.find(line);
    if (!e) return false;
    if (t.c.more && line > t.lastLine) {
      /* past the events the page holds: say so rather than point elsewhere */
      t.sel = null;
      t.info.textContent = 'Line ' + line + ' is past the last event drawn (line ' + t.lastLine +
        '): ' + t.c.more + ' more events are not in this page.';
      t.info.setAttribute('data-line', String(line));
      t.info.setAttribute('data-end', String(line));
      t.draw();
    } else t.show(e);
    var r = t.root.getBoundingClientRect();
    var vh = window.innerHeight || document.documentElement.clientHeight;
    if (r.top < 0 || r.bottom > vh)
      t.root.scrollIntoView({ block: 'center' });
    return true;
  }
  each(document.querySelectorAll('a.ev'), function (a) {
    a.addEventListener('click', function (e) {
      var href = a.getAttribute('href');
      if (go(href)) {
        e.preventDefault();
        try { history.pushState(null, '', href); } catch (err) { /* file:// */ }
      }
    });
  });
  window.addEventListener('hashchange', function () { go(location.hash); });
  if (location.hash) go(location.hash);
  var pending = false;
  window.addEventListener('resize', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      Object.keys(TL).forEach(function (k) { TL[k].draw(); });
    });
  });
  document.documentElement.setAttribute('data-ready', '1');
})();
