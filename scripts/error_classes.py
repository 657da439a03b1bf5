"""Counts the learned tagger's error classes on a gold file: gold contents that no prediction
overlaps, gold contents overlapped only below IoU 0.5 (boundaries), and predictions that match no
gold content at IoU 0.5 (each gold content taken by the prediction it overlaps most).

Usage: python3 scripts/error_classes.py GOLD.jsonl PREDICTED.jsonl
"""
import json,sys
G={json.loads(l)['id']:json.loads(l) for l in open(sys.argv[1])}
P={json.loads(l)['id']:json.loads(l) for l in open(sys.argv[2])}
def parts(a): return [tuple(x) for x in (a.get('contentSpans') or [a['contentSpan']])]
def chars(a): return set(c for s,e in parts(a) for c in range(s,e))
nowhere=boundary=matched=0; unmatched=0; unmatched_ov=0
for i,g in G.items():
    preds=P.get(i,{}).get('attributions',[])
    pc=[chars(p) for p in preds]
    used=set()
    for a in g['attributions']:
        gc=chars(a)
        best=max([(len(gc&c)/len(gc|c),k) for k,c in enumerate(pc)] or [(0,-1)])
        if best[0]==0: nowhere+=1
        elif best[0]<0.5: boundary+=1
        else: matched+=1; used.add(best[1])
    for k,c in enumerate(pc):
        if k in used: continue
        ov=any(c & chars(a) for a in g['attributions'])
        unmatched+=1; unmatched_ov+=ov
print(f"gold contents marked nowhere {nowhere}, overlapped below IoU 0.5 {boundary}, matched {matched}; predictions matching no gold at IoU 0.5: {unmatched} ({unmatched_ov} overlap some gold)")
