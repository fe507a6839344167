#!/usr/bin/env python3
"""PyTorch yardstick for the convolutional workloads W5 and W6 of the benchmark document (see the README).

W5: one training step (forward, backward, SGD momentum 0.9, lr 0.01) of the CNN below on 128 images 3x32x32
(pixels N(0, 1), labels uniform 0..9), BatchNorm in training mode. W6: the same network at its initialisation,
evaluation mode, one batch of 256: the top Hessian eigenvalue by 20 power iterations (double back-propagation, as
PyHessian does). Prints one JSON object per workload in the format of `./landscape bench`.

usage: bench_conv.py W5 [W6] [--threads N] [--precision f32|f64] [--repeat K]
"""
import argparse
import json
import math
import statistics
import sys
import time

import torch
from torch import nn


def network(dtype):
    torch.manual_seed(0)
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
        nn.Conv2d(16, 32, 3, stride=2, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
        nn.Conv2d(32, 64, 3, stride=2, padding=1), nn.BatchNorm2d(64), nn.ReLU(),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(64, 10)).to(dtype)


def images(n, seed, dtype):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(n, 3, 32, 32, generator=g, dtype=dtype), torch.randint(0, 10, (n,), generator=g)


def forward_flops(n):
    return 2.0 * n * (16 * 27 * 32 * 32 + 32 * 144 * 16 * 16 + 64 * 288 * 8 * 8 + 64 * 10)


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def w5(args, dtype):
    x, y = images(128, 5, dtype)
    net = network(dtype).train()
    opt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    steps = 10

    def run():
        for _ in range(steps):
            opt.zero_grad(set_to_none=True)
            loss_fn(net(x), y).backward()
            opt.step()

    run()  # warm-up
    times = [t / steps for t in timed(run, args.repeat)]
    with torch.no_grad():
        loss_after = loss_fn(net(x), y).item()
    return times, 3 * forward_flops(128), {"loss_after": loss_after}


def w6(args, dtype):
    x, y = images(256, 6, dtype)
    net = network(dtype).eval()
    loss_fn = nn.CrossEntropyLoss()
    params = list(net.parameters())
    gen = torch.Generator().manual_seed(2)
    result = {}

    def hvp(v):
        g = torch.autograd.grad(loss_fn(net(x), y), params, create_graph=True)
        return torch.autograd.grad(g, params, grad_outputs=v)

    def run():
        v = [torch.randn(p.shape, generator=gen, dtype=dtype) for p in params]
        lam = 0.0
        for _ in range(20):
            norm = math.sqrt(sum((u * u).sum().item() for u in v))
            v = [u / norm for u in v]
            hv = hvp(v)
            lam = sum((a * b).sum().item() for a, b in zip(hv, v))
            v = [h.detach() for h in hv]
        result.update(lambda_max=lam)

    run()  # warm-up
    times = timed(run, args.repeat)
    return times, 20 * 4 * forward_flops(256), result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("workloads", nargs="+", choices=["W5", "W6"])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--precision", choices=["f32", "f64"], default="f32")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    dtype = torch.float32 if args.precision == "f32" else torch.float64
    for w in args.workloads:
        times, flops, check = {"W5": w5, "W6": w6}[w](args, dtype)
        med = statistics.median(times)
        print(json.dumps({"workload": w, "impl": "pytorch " + torch.__version__, "precision": args.precision,
                          "threads": args.threads, "repeat": args.repeat, "median_s": med, "min_s": min(times),
                          "max_s": max(times), "gflops": flops / med / 1e9, "check": check}), flush=True)


if __name__ == "__main__":
    sys.exit(main())
