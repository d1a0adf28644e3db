# The instructions of each loop body (the smallest backward jump around the accumulating load) in two listings of
# bench/loop-listings.sh, as a markdown table: python3 bench/loop-body-sizes.py BEFORE.md AFTER.md
# A count, not a timing: it says what the JIT emits per record, nothing about how fast that runs.
import re,sys
def parse(path):
    res={}
    cur=None; lines=[]
    for l in open(path):
        m=re.match(r'^## (\S+) \((Tier1(?:-OSR)?)\)',l)
        if m:
            if cur: res[cur]=lines
            cur=(m.group(1),m.group(2)); lines=[]; continue
        if cur: lines.append(l.rstrip('\n'))
    if cur: res[cur]=lines
    return res
def body(lines):
    labels={}; ins=[]
    for l in lines:
        m=re.match(r'^(G_M\d+_IG\d+):',l)
        if m: labels[m.group(1)]=len(ins); continue
        s=l.strip()
        if not s or s.startswith(';') or s.startswith('```') or s.startswith('align'): continue
        ins.append(s)
    best=None
    acc=re.compile(r'(vadds[sd]\s+xmm\d+, xmm\d+, (q|d)word ptr|add\s+r\w+, qword ptr \[r|movsxd\s+r\w+, dword ptr \[r\w+\+0x14\]|movsxd\s+r\w+, dword ptr \[r\w+\])')
    for i,s in enumerate(ins):
        m=re.match(r'^j\w+\s+(?:SHORT\s+)?(G_M\d+_IG\d+)',s)
        if m and m.group(1) in labels and labels[m.group(1)]<=i:
            rng=ins[labels[m.group(1)]:i+1]
            if not any(acc.search(x) for x in rng): continue
            n=len(rng)
            if best is None or n<best[0]: best=(n,rng)
    return best
a=parse(sys.argv[1]); b=parse(sys.argv[2])
print("| loop | Tier1 before | Tier1 after | OSR before | OSR after |")
print("| --- | --- | --- | --- | --- |")
names=[]
for k in a:
    if k[0] not in names: names.append(k[0])
for n in names:
    row=[n]
    for t in ('Tier1','Tier1-OSR'):
        for d in (a,b):
            bb=body(d.get((n,t),[]))
            row.append(str(bb[0]) if bb else '?')
    print('| '+' | '.join([row[0],row[1],row[2],row[3],row[4]])+' |')
