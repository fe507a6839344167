#!/usr/bin/env python3
"""PyTorch yardstick for the benchmark workloads W1-W4, W2D and W2G (see the README's "Speed" section).

Runs the straightforward PyTorch implementation of each workload and prints one JSON object per workload in the
same format as `./landscape bench`, so the two can be compared side by side in one run. PyTorch is a yardstick
only, never a dependency of the product. On Debian: apt-get install python3-torch libopenblas0-pthread.

usage: bench.py W1 [W2 W2D W2G W3 W4] [--threads N] [--precision f32|f64] [--repeat K]
"""
import argparse
import json
import math
import statistics
import sys
import time

import torch

P = 97


def data(dtype):
    """Modular addition p=97: one-hot(a) ++ one-hot(b), label (a+b) mod p, a seeded 30 % training split."""
    g = torch.Generator().manual_seed(0)
    a = torch.arange(P).repeat_interleave(P)
    b = torch.arange(P).repeat(P)
    x = torch.cat([torch.nn.functional.one_hot(a, P), torch.nn.functional.one_hot(b, P)], dim=1).to(dtype)
    y = (a + b) % P
    perm = torch.randperm(P * P, generator=g)
    n_train = int(0.3 * P * P)
    tr, va = perm[:n_train], perm[n_train:]
    return x[tr], y[tr], x[va], y[va]


def model(dtype):
    torch.manual_seed(0)  # nn.Linear's default init is uniform +-1/sqrt(fan_in) for weights and biases
    return torch.nn.Sequential(torch.nn.Linear(2 * P, 256), torch.nn.ReLU(), torch.nn.Linear(256, P)).to(dtype)


def deep_model(dtype, activation):
    """W2D / W2G: 194 -> 256 -> 256 -> 256 -> 97 with three hidden tanh (W2D) or exact GELU (W2G) layers."""
    torch.manual_seed(0)
    act = {"W2D": torch.nn.Tanh, "W2G": torch.nn.GELU}[activation]
    layers, width = [], 2 * P
    for _ in range(3):
        layers += [torch.nn.Linear(width, 256), act()]
        width = 256
    return torch.nn.Sequential(*layers, torch.nn.Linear(width, P)).to(dtype)


def deep_flops_per_forward(n):
    return 2.0 * n * (2 * P * 256 + 2 * 256 * 256 + 256 * P)


def dense_flops_per_forward(n):
    return 2.0 * n * (2 * P * 256 + 256 * P)


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def w1(args, dtype):
    xt, yt, _, _ = data(dtype)
    net = model(dtype)
    opt = torch.optim.AdamW(net.parameters(), lr=1e-3, weight_decay=1.0)
    loss_fn = torch.nn.CrossEntropyLoss()
    steps = 20

    def run():
        for _ in range(steps):
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(net(xt), yt)
            loss.backward()
            opt.step()

    run()  # warm-up
    times = [t / steps for t in timed(run, args.repeat)]
    with torch.no_grad():
        loss_after = loss_fn(net(xt), yt).item()
    flops = 3 * dense_flops_per_forward(len(xt))
    return times, flops, {"loss_after": loss_after}


def filter_normalised_direction(net, gen):
    d = []
    for p in net.parameters():
        r = torch.randn(p.shape, generator=gen, dtype=p.dtype)
        if p.dim() <= 1:
            r.zero_()  # biases are not perturbed
        else:
            r *= p.norm(dim=1, keepdim=True) / (r.norm(dim=1, keepdim=True) + 1e-10)
        d.append(r)
    return d


def w2(args, dtype, net=None, flops_per_forward=dense_flops_per_forward):
    xt, yt, _, _ = data(dtype)
    net = model(dtype) if net is None else net
    loss_fn = torch.nn.CrossEntropyLoss()
    gen = torch.Generator().manual_seed(1)
    dx, dy = filter_normalised_direction(net, gen), filter_normalised_direction(net, gen)
    base = [p.detach().clone() for p in net.parameters()]
    coords = torch.linspace(-1, 1, 51)
    surface = torch.empty(51, 51)

    def run():
        with torch.no_grad():
            for i, a in enumerate(coords):
                for j, b in enumerate(coords):
                    for p, w, u, v in zip(net.parameters(), base, dx, dy):
                        p.copy_(w + a * u + b * v)
                    surface[i, j] = loss_fn(net(xt), yt)

    times = timed(run, args.repeat)
    return times, 51 * 51 * flops_per_forward(len(xt)), {
        "surface_min": surface.min().item(), "surface_max": surface.max().item(), "centre_loss": surface[25, 25].item()}


def w2_deep(name):
    """W2D / W2G: W2's surface (same data, grid, direction recipe) for the deeper tanh / GELU network."""
    return lambda args, dtype: w2(args, dtype, deep_model(dtype, name), deep_flops_per_forward)


def w3(args, dtype):
    xt, yt, _, _ = data(dtype)
    net = model(dtype)
    loss_fn = torch.nn.CrossEntropyLoss()
    params = list(net.parameters())
    gen = torch.Generator().manual_seed(2)

    def hvp(v):
        loss = loss_fn(net(xt), yt)
        g = torch.autograd.grad(loss, params, create_graph=True)
        return torch.autograd.grad(g, params, grad_outputs=v)

    result = {}

    def run():
        v = [torch.randn(p.shape, generator=gen, dtype=dtype) for p in params]
        lam = 0.0
        for _ in range(20):  # power iteration, as PyHessian does
            norm = math.sqrt(sum((u * u).sum().item() for u in v))
            v = [u / norm for u in v]
            hv = hvp(v)
            lam = sum((a * b).sum().item() for a, b in zip(hv, v))
            v = [h.detach() for h in hv]
        trace = 0.0
        for _ in range(100):  # Hutchinson with Rademacher probes
            z = [torch.randint(0, 2, p.shape, generator=gen).to(dtype) * 2 - 1 for p in params]
            hz = hvp(z)
            trace += sum((a * b).sum().item() for a, b in zip(hz, z))
        result.update(lambda_max=lam, trace=trace / 100)

    times = timed(run, args.repeat)
    return times, 120 * 4 * dense_flops_per_forward(len(xt)), result


def w4(args, dtype):
    xt, yt, xv, yv = data(dtype)
    net = model(dtype)
    opt = torch.optim.AdamW(net.parameters(), lr=1e-3, weight_decay=1.0)
    loss_fn = torch.nn.CrossEntropyLoss()
    result = {}

    def run():
        fit = grok = None
        for step in range(1, 30001):
            opt.zero_grad(set_to_none=True)
            loss_fn(net(xt), yt).backward()
            opt.step()
            if step % 100 == 0:
                with torch.no_grad():
                    tr = (net(xt).argmax(1) == yt).double().mean().item()
                    va = (net(xv).argmax(1) == yv).double().mean().item()
                if fit is None and tr == 1.0:
                    fit = step
                if va >= 0.95:
                    grok = step
                    break
        result.update(grok_step=grok, fit_step=fit)

    times = timed(run, args.repeat)
    return times, None, result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("workloads", nargs="+", choices=["W1", "W2", "W2D", "W2G", "W3", "W4"])
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--precision", choices=["f32", "f64"], default="f32")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    dtype = torch.float32 if args.precision == "f32" else torch.float64
    for w in args.workloads:
        times, flops, check = {"W1": w1, "W2": w2, "W2D": w2_deep("W2D"), "W2G": w2_deep("W2G"), "W3": w3, "W4": w4}[w](args, dtype)
        med = statistics.median(times)
        print(json.dumps({"workload": w, "impl": "pytorch " + torch.__version__, "precision": args.precision,
                          "threads": args.threads, "repeat": args.repeat, "median_s": med, "min_s": min(times),
                          "max_s": max(times), "gflops": None if flops is None else flops / med / 1e9,
                          "check": check}), flush=True)


if __name__ == "__main__":
    sys.exit(main())
