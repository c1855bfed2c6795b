#!/usr/bin/env python3
"""Benchmark (prints a table, never fails): which code V8 compiles on the first analyze(),
by the crate or Lede module it comes from. Chromium compiles each WASM function lazily, on
its first call, on the main thread, so this is the code a first click waits for.

    python3 tests/bench/first-call-code.py [PAGE.html]    (default: the seed sample)

Steps: the core is built for wasm32 with line tables (`debug = "line-tables-only"`, in
target/dwarf/, so the release build is untouched; the code is within 1% of the release
build's), run through wasm-bindgen keeping the DWARF, and analysed once in Node with
`--trace-wasm-compilation-times`, which names each function Liftoff compiles and its body
size. Each compiled function's bytes are then split by source with the DWARF line table:
every instruction goes to the innermost inlined frame that is not the standard library
(llvm-symbolizer --inlining), so `Vec::push` inlined into html5ever counts for html5ever.
Needs llvm-dwarfdump and llvm-symbolizer (Debian's llvm). The module is not wasm-opt'ed:
wasm-opt inlines across crates and leaves no line table to split by (the production module
compiles about as many bytes on the first call: 616 vs 635 KB).
"""
import bisect
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGET = os.path.join(ROOT, "target", "dwarf")
CARGO_WASM = os.path.join(TARGET, "wasm32-unknown-unknown", "release", "lede.wasm")
PKG = os.path.join(TARGET, "pkg")
STD = "core/alloc/std, hashbrown, dlmalloc"
GROUPS = {
    "html5ever/markup5ever/tendril/string_cache": "html5ever markup5ever tendril string_cache phf phf_shared "
    "web_atoms precomputed_hash utf_8 futf mac new_debug_unreachable",
    "selectors/cssparser": "selectors cssparser servo_arc",
    "serde/serde_json/serde_wasm_bindgen": "serde serde_core serde_json zmij ryu itoa serde_wasm_bindgen",
    "wasm_bindgen/js_sys/web_sys": "wasm_bindgen js_sys web_sys gloo_events",
}
GROUP_OF = {crate: group for group, crates in GROUPS.items() for crate in crates.split()}

# The child: instantiate the module, mark, analyze once, mark.
CHILD = """
import { readFileSync } from "node:fs";
const [glue, wasm, page] = process.argv.slice(1);
const { initSync, analyze } = await import(glue);
initSync({ module: readFileSync(wasm) });
console.log("MARK start");
analyze(readFileSync(page, "utf8"), "https://example.org/article");
console.log("MARK end");
"""


def run(*cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def build():
    env = dict(os.environ, CARGO_TARGET_DIR=TARGET, CARGO_PROFILE_RELEASE_DEBUG="line-tables-only")
    subprocess.run(["nice", "cargo", "rustc", "--quiet", "--lib", "--release", "--target",
                    "wasm32-unknown-unknown", "--crate-type", "cdylib"], check=True, cwd=ROOT, env=env)
    run("wasm-bindgen", "--keep-debug", "--target", "web", "--out-dir", PKG, "--out-name", "lede",
        "--no-typescript", CARGO_WASM)


def leb(b, i):
    result = shift = 0
    while True:
        x = b[i]
        i += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, i


def skip_import(b, j):
    for _ in range(2):
        n, j = leb(b, j)
        j += n
    kind = b[j]
    j += 1
    if kind == 0:
        return leb(b, j)[1], True
    if kind == 1:
        j += 1
    if kind in (1, 2):
        flags, j = leb(b, j)
        j = leb(b, j)[1]
        return (leb(b, j)[1] if flags & 1 else j), False
    return j + 2, False


def read_module(path):
    """(function index -> (start, end) in the code section, function index -> name)."""
    b = open(path, "rb").read()
    i, imported, bodies, names = 8, 0, {}, {}
    while i < len(b):
        sid = b[i]
        size, i = leb(b, i + 1)
        end = i + size
        if sid == 2:
            count, j = leb(b, i)
            for _ in range(count):
                j, is_func = skip_import(b, j)
                imported += is_func
        elif sid == 10:
            count, j = leb(b, i)
            for k in range(count):
                n, body = leb(b, j)
                bodies[imported + k] = (j - i, body + n - i)
                j = body + n
        elif sid == 0:
            n, j = leb(b, i)
            if b[j:j + n] == b"name":
                read_names(b, j + n, end, names)
        i = end
    return bodies, names


def read_names(b, j, end, names):
    while j < end:
        sub = b[j]
        size, j = leb(b, j + 1)
        if sub == 1:
            count, k = leb(b, j)
            for _ in range(count):
                idx, k = leb(b, k)
                n, k = leb(b, k)
                names[idx] = b[k:k + n].decode("utf8", "replace")
                k += n
        j += size


def source(path):
    """The crate (or Lede module) a source file belongs to."""
    if re.search(r"/rustc/[0-9a-f]+/library/|/rust/deps/", path):
        return STD
    m = re.search(r"index\.crates\.io-[0-9a-f]+/([A-Za-z0-9_\-]+?)-\d+\.\d+", path)
    if m:
        crate = m.group(1).replace("-", "_")
        return GROUP_OF.get(crate, crate)
    m = re.match(re.escape(ROOT) + r"/src/(.*)", path)
    if not m:
        return STD
    parts = m.group(1).removesuffix(".rs").split("/")
    if parts[0] in ("understand", "web") and len(parts) > 2:
        return f"lede::{parts[0]}::{parts[1]}"
    return "lede::" + parts[0]


def line_segments(bodies):
    """(address, bytes, function, file) for every row of the line tables."""
    comp_dirs, offset = {}, None
    for line in run("llvm-dwarfdump", "--debug-info", "--recurse-depth=0", CARGO_WASM).splitlines():
        m = re.search(r"DW_AT_stmt_list\s*\((0x[0-9a-f]+)\)", line)
        offset = int(m.group(1), 16) if m else offset
        m = re.search(r'DW_AT_comp_dir\s*\("(.*)"\)', line)
        if m and offset is not None:
            comp_dirs[offset], offset = m.group(1), None
    starts = sorted((s, e, f) for f, (s, e) in bodies.items())
    keys = [s for s, _, _ in starts]
    segments, dirs, files, prev, comp, name = [], {}, {}, None, "", None
    for line in run("llvm-dwarfdump", "--debug-line", CARGO_WASM).splitlines():
        if line.startswith("debug_line["):
            comp = comp_dirs.get(int(line[11:-1], 16), "")
            dirs, files, prev = {0: comp}, {}, None
        elif m := re.match(r'include_directories\[\s*(\d+)\] = "(.*)"', line):
            d = m.group(2)
            dirs[int(m.group(1))] = d if d.startswith("/") else f"{comp}/{d}"
        elif m := re.match(r"file_names\[\s*(\d+)\]:", line):
            name = int(m.group(1))
        elif (m := re.match(r'\s+name: "(.*)"', line)) and name is not None:
            files[name] = m.group(1)
        elif (m := re.match(r"\s+dir_index: (\d+)", line)) and name is not None:
            files[name] = f"{dirs.get(int(m.group(1)), '')}/{files[name]}"
            name = None
        elif m := re.match(r"0x([0-9a-f]+)\s+\d+\s+\d+\s+(\d+)\s.*?(end_sequence)?\s*$", line):
            addr = int(m.group(1), 16)
            if prev and addr > prev[0] and (k := bisect.bisect_right(keys, prev[0]) - 1) >= 0:
                s, e, f = starts[k]
                segments.append((prev[0], min(addr, e) - prev[0], f, prev[1]))
            prev = None if m.group(3) else (addr, files.get(int(m.group(2)), ""))
    return segments


def by_function():
    """Demangled function name -> {source: bytes}, from the cargo module's DWARF."""
    bodies, names = read_module(CARGO_WASM)
    segments = line_segments(bodies)
    addrs = "\n".join(hex(a) for a in sorted({a for a, _, _, _ in segments}))
    owner = {}
    for line in run("llvm-symbolizer", "--inlining", "--output-style=JSON", f"--obj={CARGO_WASM}",
                    input=addrs).splitlines():
        frames = json.loads(line)
        kinds = [source(f.get("FileName", "")) for f in frames.get("Symbol", [])]
        owner[int(frames["Address"], 16)] = next((k for k in kinds if k != STD), STD)
    per = defaultdict(lambda: defaultdict(int))
    for addr, n, f, _ in segments:
        per[f][owner.get(addr, STD)] += n
    mangled = {f: names.get(f, str(f)) for f in per}
    v0 = [f for f, m in mangled.items() if m.startswith("_R")]
    plain = dict(zip(v0, run("llvm-cxxfilt", input="\n".join(mangled[f] for f in v0)).splitlines()))
    return {normal(plain.get(f) or legacy(m)): per[f] for f, m in mangled.items()}


ESCAPES = {"$LT$": "<", "$GT$": ">", "$u20$": " ", "$RF$": "&", "$BP$": "*", "$C$": ",", "$u7b$": "{",
           "$u7d$": "}", "$u5b$": "[", "$u5d$": "]", "$LP$": "(", "$RP$": ")", "$u27$": "'", "$u3b$": ";",
           "$u22$": '"', "$SP$": "@", "$u7e$": "~", "$u3d$": "=", "$u2b$": "+", "$u21$": "!"}


def legacy(s):
    """Rust's legacy mangling (_ZN...E), which llvm-cxxfilt 14 leaves half done."""
    if not (s.startswith("_ZN") and s.endswith("E")):
        return s
    i, parts = 3, []
    while i < len(s) - 1:
        j = i
        while s[j].isdigit():
            j += 1
        seg, i = s[j:j + int(s[i:j])], j + int(s[i:j])
        seg = seg[1:] if seg.startswith("_$") else seg
        seg = seg.replace("..", "::")
        for k, v in ESCAPES.items():
            seg = seg.replace(k, v)
        parts.append(seg)
    return "::".join(parts)


def normal(name):
    return re.sub(r"\[[0-9a-f]+\]", "", name)


def first_call(page):
    """(name, body bytes) of each function Liftoff compiles during the first analyze()."""
    out = run("node", "--trace-wasm-compilation-times", "--input-type=module", "-e", CHILD,
              f"file://{PKG}/lede.js", f"{PKG}/lede_bg.wasm", page)
    _, names = read_module(f"{PKG}/lede_bg.wasm")
    inside = out.split("MARK start", 1)[1].split("MARK end", 1)[0]
    found = re.findall(r"#(\d+) using Liftoff, .*?bodysize (\d+)", inside)
    return [(normal(names.get(int(f), "?")), int(size)) for f, size in found]


def main():
    page = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "www/samples/joongang-trade-talks.html")
    build()
    attribution = by_function()
    totals, module_totals, compiled = defaultdict(float), defaultdict(float), 0
    for parts in attribution.values():
        for k, n in parts.items():
            module_totals[k] += n
    calls = first_call(page)
    for name, size in calls:
        compiled += size
        parts = attribution.get(name) or {"wasm-bindgen glue": 1}
        whole = sum(parts.values())
        for k, n in parts.items():
            totals[k] += size * n / whole
    print(f"First analyze() of {os.path.basename(page)}: {len(calls)} functions, "
          f"{compiled / 1024:.0f} KB of WASM compiled by Liftoff (module: {sum(module_totals.values()) / 1024:.0f} KB)")
    print(f"  {'source (innermost frame outside the standard library)':56} {'first call':>10} {'share':>6} {'in module*':>10}")
    for k, n in sorted(totals.items(), key=lambda kv: -kv[1]):
        if n >= 512:
            print(f"  {k:56} {n / 1024:7.1f} KB {100 * n / compiled:5.1f}% {module_totals.get(k, 0) / 1024:7.1f} KB")
    print("  * the cargo output, before wasm-bindgen (which drops its describe functions) and wasm-opt")


if __name__ == "__main__":
    main()
