#!/usr/bin/env python3
"""PyTorch yardstick for W7 (one-block transformer training step; see docs/BENCHMARKS.md and the README's "Speed").

The straightforward PyTorch code of the workload: modular addition p = 97 as token sequences (a, b, =) with '=' the
token 97 (vocabulary 98), W1's seeded 30 % training split, nn.Embedding(98, 128) + learned positional embeddings,
one transformer block without LayerNorm (nn.MultiheadAttention with 4 heads, residual; MLP 128 -> 512 -> 128 with
ReLU, residual), logits at the last position (nn.Linear(128, 97)), cross-entropy, full-batch AdamW (lr 1e-3,
weight decay 1.0). Prints one JSON object in the format of `./landscape bench`, so the two compare side by side.

usage: bench_attention.py [W7] [--threads N] [--precision f32|f64] [--repeat K]
"""
import argparse
import json
import statistics
import sys
import time

import torch
from torch import nn

from bench import data as one_hot_data

P, DIM, HEADS, MLP, TOKENS = 97, 128, 4, 512, 3
STEPS = 10


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.self_attn = nn.MultiheadAttention(DIM, HEADS, batch_first=True)
        self.linear1 = nn.Linear(DIM, MLP)
        self.linear2 = nn.Linear(MLP, DIM)

    def forward(self, x):
        x = x + self.self_attn(x, x, x, need_weights=False)[0]
        return x + self.linear2(torch.relu(self.linear1(x)))


class Transformer(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(P + 1, DIM)
        self.pos = nn.Parameter(torch.randn(TOKENS, DIM))
        self.block = Block()
        self.unembed = nn.Linear(DIM, P)

    def forward(self, tokens):
        return self.unembed(self.block(self.embed(tokens) + self.pos)[:, -1, :])


def data():
    """W1's split (same rows: the one-hot rows are decoded) as (a, b, =) token ids."""
    xt, yt, xv, yv = one_hot_data(torch.float32)

    def tokens(x):
        a, b = x[:, :P].argmax(1), x[:, P:].argmax(1)
        return torch.stack([a, b, torch.full_like(a, P)], dim=1)

    return tokens(xt), yt, tokens(xv), yv


def forward_flops(n):
    per_position = 2.0 * (DIM * 3 * DIM + DIM * DIM + 2 * DIM * MLP)
    return n * (TOKENS * per_position + 2.0 * 2 * TOKENS * TOKENS * DIM + 2.0 * DIM * P)


def w7(args, dtype):
    xt, yt, _, _ = data()
    torch.manual_seed(0)
    net = Transformer().to(dtype)
    net.train()
    opt = torch.optim.AdamW(net.parameters(), lr=1e-3, weight_decay=1.0)
    loss_fn = nn.CrossEntropyLoss()

    def run():
        for _ in range(STEPS):
            opt.zero_grad(set_to_none=True)
            loss_fn(net(xt), yt).backward()
            opt.step()

    run()  # warm-up
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        run()
        times.append((time.perf_counter() - t0) / STEPS)
    with torch.no_grad():
        loss_after = loss_fn(net(xt), yt).item()
    return times, 3 * forward_flops(len(xt)), {"loss_after": loss_after}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("workloads", nargs="*", help="W7 (the only workload here; the default)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--precision", choices=["f32", "f64"], default="f32")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if any(w != "W7" for w in args.workloads):
        ap.error("only W7 is here; W1-W4 are in bench.py")
    torch.set_num_threads(args.threads)
    dtype = torch.float32 if args.precision == "f32" else torch.float64
    times, flops, check = w7(args, dtype)
    med = statistics.median(times)
    print(json.dumps({"workload": "W7", "impl": "pytorch " + torch.__version__, "precision": args.precision,
                      "threads": args.threads, "repeat": args.repeat, "median_s": med, "min_s": min(times),
                      "max_s": max(times), "gflops": flops / med / 1e9, "check": check}), flush=True)


if __name__ == "__main__":
    sys.exit(main())
