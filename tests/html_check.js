#!/usr/bin/env node
/* html_check.js - loads an `atscope check --format html` page in headless
 * Chromium and checks what a person would see. Node's standard library only:
 * it speaks the DevTools protocol over --remote-debugging-pipe (fds 3 and 4,
 * one JSON message per NUL-terminated frame), nothing from npm.
 *
 *   node html_check.js CHROMIUM PAGE.html [options]
 *     --violation RULE:LINE  a violation of RULE at LINE is listed; it hides
 *                            when the filter shows info only and when another
 *                            rule is picked; its link selects the event at LINE
 *                            in the timeline
 *     --timed                the first timeline's axis is time, else lines
 *     --text STRING          a timeline event's text is exactly STRING (hostile
 *                            bytes must survive as text, not become markup)
 *     --events N             the first timeline holds N events; the slider
 *                            reaches the last of them
 *     --beyond               the last violation lies past the events drawn:
 *                            its link says so instead of selecting an event
 *     --evidence RULE:LINE:SPEC  the violation's evidence lines, shown beside it,
 *                            are exactly SPEC: line and role letter each
 *                            (f finding, r related, c context), "22c,23r,25f"
 *     --evidence-text RULE:LINE:TEXT  its finding line reads exactly TEXT
 *     --identity TEXT        the first capture's identity block is shown and
 *                            reads TEXT (its terms and values joined by spaces);
 *                            the run (version, time, command line) heads the page
 *     --screenshot FILE      a PNG of the page (1280 wide) after the checks
 *
 * Always: no console error, no uncaught exception, no dialog (alert), the two
 * scripts of the page are the only ones, every timeline drew its events.
 * Prints "ok: ..." lines; exit 1 on a failed check, 2 if Chromium did not run. */
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const argv = process.argv.slice(2);
if (argv.length < 2) {
  console.error('usage: node html_check.js CHROMIUM PAGE.html [--violation RULE:LINE] [--timed] [--text S] [--screenshot FILE]');
  process.exit(2);
}
const chrome = argv[0];
const page = path.resolve(argv[1]);
const opt = { violations: [], texts: [], timed: false, shot: null, events: 0, beyond: false,
  evidence: [], evidenceText: [], identity: [] };
for (let i = 2; i < argv.length; i++) {
  if (argv[i] === '--violation') opt.violations.push(argv[++i]);
  else if (argv[i] === '--text') opt.texts.push(argv[++i]);
  else if (argv[i] === '--timed') opt.timed = true;
  else if (argv[i] === '--beyond') opt.beyond = true;
  else if (argv[i] === '--events') opt.events = +argv[++i];
  else if (argv[i] === '--screenshot') opt.shot = argv[++i];
  else if (argv[i] === '--evidence') opt.evidence.push(argv[++i]);
  else if (argv[i] === '--evidence-text') opt.evidenceText.push(argv[++i]);
  else if (argv[i] === '--identity') opt.identity.push(argv[++i]);
  else { console.error('html_check: unknown option ' + argv[i]); process.exit(2); }
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'atscope-chromium-'));
const proc = spawn(chrome, [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-extensions',
  '--disable-dev-shm-usage', '--hide-scrollbars', '--mute-audio',
  '--user-data-dir=' + profile, '--remote-debugging-pipe', 'about:blank'
], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
let stderr = '';
proc.stderr.on('data', (b) => { stderr += b; });
const out = proc.stdio[3], inp = proc.stdio[4];

let nextId = 1;
const waiting = new Map();
const listeners = [];
let buf = Buffer.alloc(0);
inp.on('data', (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  let z;
  while ((z = buf.indexOf(0)) >= 0) {
    const msg = JSON.parse(buf.subarray(0, z).toString('utf8'));
    buf = buf.subarray(z + 1);
    if (msg.id && waiting.has(msg.id)) {
      const w = waiting.get(msg.id);
      waiting.delete(msg.id);
      if (msg.error) w.reject(new Error(w.method + ': ' + msg.error.message));
      else w.resolve(msg.result);
    } else if (msg.method) {
      listeners.forEach((f) => f(msg));
    }
  }
});
function send(method, params, sessionId) {
  const id = nextId++;
  const m = { id, method, params: params || {} };
  if (sessionId) m.sessionId = sessionId;
  out.write(JSON.stringify(m) + '\0');
  return new Promise((resolve, reject) => waiting.set(id, { resolve, reject, method }));
}

let failed = 0;
function check(cond, what, detail) {
  if (cond) console.log('ok: ' + what);
  else {
    failed++;
    console.log('FAIL: ' + what + (detail !== undefined ? ' (' + JSON.stringify(detail) + ')' : ''));
  }
}

const problems = [];
async function main() {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId: s } = await send('Target.attachToTarget', { targetId, flatten: true });
  listeners.push((m) => {
    if (m.sessionId !== s) return;
    const p = m.params;
    if (m.method === 'Runtime.exceptionThrown')
      problems.push('exception: ' + (p.exceptionDetails.exception ? p.exceptionDetails.exception.description : p.exceptionDetails.text));
    else if (m.method === 'Runtime.consoleAPICalled' && (p.type === 'error' || p.type === 'assert' || p.type === 'warning'))
      problems.push('console.' + p.type + ': ' + p.args.map((a) => a.value !== undefined ? a.value : a.description).join(' '));
    else if (m.method === 'Log.entryAdded' && (p.entry.level === 'error' || p.entry.level === 'warning'))
      problems.push('log ' + p.entry.level + ': ' + p.entry.text + (p.entry.url ? ' ' + p.entry.url : ''));
    else if (m.method === 'Page.javascriptDialogOpening') {
      problems.push('dialog: ' + p.type + ' ' + p.message);
      send('Page.handleJavaScriptDialog', { accept: true }, s).catch(() => {});
    } else if (m.method === 'Network.requestWillBeSent' && !/^(file|data|about):/.test(p.request.url))
      problems.push('network request: ' + p.request.url);
  });
  await send('Page.enable', {}, s);
  await send('Runtime.enable', {}, s);
  await send('Log.enable', {}, s);
  await send('Network.enable', {}, s);
  await send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false }, s);
  const loaded = new Promise((resolve) => listeners.push((m) => { if (m.sessionId === s && m.method === 'Page.loadEventFired') resolve(); }));
  const nav = await send('Page.navigate', { url: 'file://' + page }, s);
  if (nav.errorText) throw new Error('navigate: ' + nav.errorText);
  await loaded;
  const ev = async (expr) => {
    const r = await send('Runtime.evaluate', { expression: '(function(){' + expr + '})()', returnByValue: true, awaitPromise: true }, s);
    if (r.exceptionDetails) throw new Error('evaluate: ' + (r.exceptionDetails.exception ? r.exceptionDetails.exception.description : r.exceptionDetails.text));
    return r.result.value;
  };

  check(await ev('return document.documentElement.getAttribute("data-ready")') === '1', 'the page script ran to its end');
  const scripts = await ev('return Array.prototype.map.call(document.scripts, function (x) { return x.type || "js"; })');
  check(JSON.stringify(scripts) === '["application/json","js"]', 'the page holds its two scripts and no other', scripts);
  const tls = await ev(`return Array.prototype.map.call(document.querySelectorAll('.tl'), function (t) {
      var c = t.querySelector('canvas');
      return { cap: t.getAttribute('data-cap'), drawn: c ? +c.getAttribute('data-drawn') : -1,
               note: t.querySelector('.axis-note').textContent, w: c ? c.width : 0 }; })`);
  check(tls.length > 0, 'the page has a timeline', tls.length);
  tls.forEach((t) => check(t.drawn > 0 && t.w > 0, 'timeline of capture ' + t.cap + ' drew ' + t.drawn + ' events', t));
  if (tls.length) {
    const axis = tls[0].note;
    check(opt.timed ? /x axis: time/.test(axis) && !/line number/.test(axis) : /x axis: line number/.test(axis),
      'the page says the x axis is ' + (opt.timed ? 'time' : 'line numbers'), axis);
  }
  /* a timeline event's details appear on hover: move over the first drawn event */
  const hov = await ev(`var t = document.querySelector('.tl canvas'); if (!t) return null;
      var r = t.getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height };`);
  if (hov) {
    await ev('document.querySelector(".tl").scrollIntoView(); return 1');
    const box = await ev(`var r = document.querySelector('.tl canvas').getBoundingClientRect(); return { x: r.left, y: r.top };`);
    /* commands lane, scan along it until the tooltip shows */
    let shown = null;
    for (let x = 100; x < 1250 && !shown; x += 3) {
      await send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: box.x + x, y: box.y + 10 + 13 }, s);
      shown = await ev('var t = document.querySelector(".tl .tip"); return t && !t.hidden ? t.textContent : null');
    }
    check(shown && /line \d+/.test(shown), 'hovering a command shows its details', shown);
    /* dragging across a fifth of it zooms in; the reset button zooms out */
    const drawnBefore = +(await ev('return document.querySelector(".tl canvas").getAttribute("data-drawn")'));
    const y = box.y + 10 + 13, x0 = box.x + 92 + (hov.w - 92) * 0.4, x1 = box.x + 92 + (hov.w - 92) * 0.6;
    await send('Input.dispatchMouseEvent', { type: 'mousePressed', x: x0, y, button: 'left', clickCount: 1 }, s);
    await send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: (x0 + x1) / 2, y, button: 'left', buttons: 1 }, s);
    await send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: x1, y, button: 'left', buttons: 1 }, s);
    await send('Input.dispatchMouseEvent', { type: 'mouseReleased', x: x1, y, button: 'left', clickCount: 1 }, s);
    const z = await ev(`var t = document.querySelector('.tl');
        return { drawn: +t.querySelector('canvas').getAttribute('data-drawn'), reset: !t.querySelector('.unzoom').hidden };`);
    check(z.reset && z.drawn < drawnBefore, 'dragging zooms in (' + drawnBefore + ' -> ' + z.drawn + ' events drawn)', z);
    await ev('document.querySelector(".tl .unzoom").click(); return 1');
    const back = +(await ev('return document.querySelector(".tl canvas").getAttribute("data-drawn")'));
    check(back === drawnBefore, 'reset zoom draws them all again', back);
  }
  if (opt.events) {
    const r0 = await ev('return document.querySelector(".tl .range").textContent');
    const r1 = await ev(`var t = document.querySelector('.tl'), s = t.querySelector('.slider');
        s.value = s.max; s.dispatchEvent(new Event('input'));
        return { range: t.querySelector('.range').textContent, drawn: +t.querySelector('canvas').getAttribute('data-drawn'),
                 next: t.querySelector('.next').disabled };`);
    const n = opt.events, w = Math.min(2000, n);
    check(r0 === 'events 1\u2013' + w + ' of ' + n, 'the timeline shows its first ' + w + ' of ' + n + ' events', r0);
    check(r1.range === 'events ' + (n - w + 1) + '\u2013' + n + ' of ' + n && r1.drawn === w && r1.next,
      'the slider reaches the last ' + w + ' events', r1);
  }
  for (const t of opt.texts) {
    const found = await ev('return JSON.parse(document.getElementById("atscope-data").textContent).caps.some(function (c) { return c.s.indexOf(' + JSON.stringify(t) + ') >= 0; })');
    check(found, 'an event reads ' + JSON.stringify(t) + ' as text');
  }
  for (const v of opt.violations) {
    const [rule, line] = v.split(':');
    const sel = '#vtable tr[data-rule="' + rule + '"][data-line="' + line + '"]';
    const row = await ev(`var r = document.querySelector('${sel}'); if (!r) return null;
        return { hidden: r.hidden, sev: r.getAttribute('data-sev'), text: r.textContent, href: r.querySelector('a.ev').getAttribute('href') };`);
    check(row && !row.hidden && row.text.indexOf(':' + line) >= 0, 'the list shows the ' + rule + ' violation at line ' + line, row);
    if (!row) continue;
    const setSev = (on) => ev(`['error','warning','info'].forEach(function (s) {
        var b = document.getElementById('f-' + s); b.checked = ${JSON.stringify(on)}.indexOf(s) >= 0; });
        document.getElementById('f-info').dispatchEvent(new Event('change', { bubbles: true }));
        return document.getElementById('f-shown').textContent;`);
    const shownInfo = await setSev(['info']);
    const hiddenNow = await ev(`return document.querySelector('${sel}').hidden`);
    const visibleInfo = await ev(`return Array.prototype.every.call(document.querySelectorAll('#vtable tbody tr'),
        function (r) { return r.hidden === (r.getAttribute('data-sev') !== 'info'); })`);
    if (row.sev === 'info')
      check(!hiddenNow, 'an info violation stays when filtering to info', shownInfo);
    else
      check(hiddenNow && visibleInfo, 'filtering to severity info hides it (' + shownInfo + ')', shownInfo);
    await setSev(['error', 'warning', 'info']);
    check(!(await ev(`return document.querySelector('${sel}').hidden`)), 'all severities show it again');
    const other = await ev(`var s = document.getElementById('f-rule');
        for (var k = 0; k < s.options.length; k++) if (s.options[k].value && s.options[k].value !== '${rule}') {
          s.value = s.options[k].value; s.dispatchEvent(new Event('change', { bubbles: true }));
          return s.value; }
        return null;`);
    if (other) {
      check(await ev(`return document.querySelector('${sel}').hidden`), 'picking rule ' + other + ' hides it');
      await ev(`var s = document.getElementById('f-rule'); s.value = ''; s.dispatchEvent(new Event('change', { bubbles: true })); return 1`);
    }
    /* its link selects the event in the timeline */
    await ev(`document.querySelector('${sel} a.ev').click(); return 1`);
    const info = await ev(`var m = /^#c(\\d+)-l/.exec(${JSON.stringify(row.href)});
        var t = document.getElementById('tl' + m[1]); var i = t.querySelector('.info');
        return { line: +i.getAttribute('data-line'), end: +i.getAttribute('data-end'), text: i.textContent, hash: location.hash };`);
    check(info.line <= +line && +line <= info.end && info.text.indexOf(rule) >= 0 && info.hash === row.href,
      'its link (' + row.href + ') selects the event holding line ' + line + ' and lists the violation', info);
  }
  /* the lines a finding rests on, beside it: present, visible, in order */
  const split3 = (a) => { const k = a.indexOf(':'), j = a.indexOf(':', k + 1); return [a.slice(0, k), a.slice(k + 1, j), a.slice(j + 1)]; };
  for (const e of opt.evidence) {
    const [rule, line, spec] = split3(e);
    const sel = '#vtable tr[data-rule="' + rule + '"][data-line="' + line + '"]';
    const got = await ev(`var r = document.querySelector('${sel}'); if (!r) return null;
        return Array.prototype.map.call(r.querySelectorAll('.evidence .ev-line'), function (d) {
          var b = d.getBoundingClientRect(), m = /ev-(finding|related|context)/.exec(d.className);
          return d.getAttribute('data-line') + (m ? m[1][0] : '?') + (b.width > 0 && b.height > 0 ? '' : '(hidden)');
        }).join(',');`);
    check(got === spec, 'the ' + rule + ' violation at line ' + line + ' shows its evidence lines ' + spec, got);
  }
  for (const e of opt.evidenceText) {
    const [rule, line, text] = split3(e);
    const sel = '#vtable tr[data-rule="' + rule + '"][data-line="' + line + '"] .evidence .ev-finding code';
    const got = await ev(`var c = document.querySelector('${sel}'); return c ? c.textContent : null;`);
    check(got === text, 'its finding line reads ' + JSON.stringify(text), got);
  }
  for (const t of opt.identity) {
    const got = await ev(`var d = document.getElementById('identity0'), r = document.getElementById('run');
        function seen(x) { var b = x && x.getBoundingClientRect(); return !!b && b.width > 0 && b.height > 0; }
        return { id: d ? Array.prototype.map.call(d.children, function (c) { return c.textContent; }).join(' ') : null, idShown: seen(d), run: r ? r.textContent : null, runShown: seen(r) };`);
    check(got.idShown && got.id.indexOf(t) >= 0, 'the identity block reads ' + JSON.stringify(t), got);
    check(got.runShown && /^atscope \d+\.\d+\.\d+, \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ: atscope check /.test(got.run),
      'the page says which atscope made it, when, and its command line', got.run);
  }
  if (opt.beyond) {
    const b = await ev(`var rows = document.querySelectorAll('#vtable tbody tr'), r = rows[rows.length - 1];
        r.querySelector('a.ev').click();
        var i = document.getElementById('tl' + r.getAttribute('data-cap')).querySelector('.info');
        return { line: r.getAttribute('data-line'), info: i.textContent };`);
    check(/past the last event drawn/.test(b.info) && b.info.indexOf('Line ' + b.line) === 0,
      'a violation past the events drawn (line ' + b.line + ') says so', b);
  }
  if (opt.shot) {
    await ev('window.scrollTo(0, 0); return 1');
    const h = await ev('return Math.min(2400, document.documentElement.scrollHeight)');
    await send('Emulation.setDeviceMetricsOverride', { width: 1280, height: h, deviceScaleFactor: 1, mobile: false }, s);
    await new Promise((r) => setTimeout(r, 300));
    const shot = await send('Page.captureScreenshot', { format: 'png' }, s);
    fs.writeFileSync(opt.shot, Buffer.from(shot.data, 'base64'));
    console.log('wrote ' + opt.shot);
  }
  await new Promise((r) => setTimeout(r, 100));   /* late console messages */
  check(problems.length === 0, 'no console errors, exceptions, dialogs or network requests', problems);
}

const timer = setTimeout(() => { console.log('FAIL: timed out\n' + stderr.slice(-2000)); finish(1); }, 60000);
function finish(code) {
  clearTimeout(timer);
  try { out.write(JSON.stringify({ id: nextId++, method: 'Browser.close', params: {} }) + '\0'); } catch (e) { /* gone */ }
  const done = () => {
    fs.rmSync(profile, { recursive: true, force: true });
    process.exit(code);
  };
  if (proc.exitCode !== null || proc.signalCode !== null) return done();
  const kill = setTimeout(() => { try { proc.kill('SIGKILL'); } catch (e) { /* gone */ } }, 3000);
  proc.on('exit', () => { clearTimeout(kill); done(); });
}
proc.on('error', (e) => { console.log('FAIL: cannot run ' + chrome + ': ' + e.message); finish(2); });
main().then(() => finish(failed ? 1 : 0), (e) => {
  console.log('FAIL: ' + e.message + '\n' + stderr.slice(-2000));
  finish(2);
});
