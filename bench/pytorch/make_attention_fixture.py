#!/usr/bin/env python3
"""Makes the PyTorch float64 parity fixture of the sequence layers (run with Debian's python3-torch).

For each case, a small PyTorch model built from PyTorch's own modules (nn.Embedding, nn.MultiheadAttention,
nn.TransformerEncoderLayer with dropout 0, nn.LayerNorm, nn.Linear) and two small modules of this script (learned
positional embeddings; keeping one position) is given seeded float64 parameters. On fixed token inputs the script
saves the logits, the mean cross-entropy, its gradient and one Hessian-vector product (double back-propagation,
as PyHessian does) along a seeded direction. Parameters, direction, gradient and product are safetensors files
with the model's state_dict names, so the Java test (AttentionParityTest) maps them by name onto its own flat
vector. The Java networks of the same cases are written out in that test.

usage: make_attention_fixture.py OUTDIR
"""
import os
import sys

import numpy as np
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_interop_fixture import save_safetensors  # noqa: E402

TOKENS, DIM, VOCAB, CLASSES, ROWS = 3, 8, 7, 5, 6


def causal_mask():
    return torch.triu(torch.ones(TOKENS, TOKENS, dtype=torch.bool), diagonal=1)


class Positional(nn.Module):
    """PositionalEmbedding: x + weight, weight of shape [tokens, dim]."""

    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(TOKENS, DIM))

    def forward(self, x):
        return x + self.weight


class Select(nn.Module):
    """SelectPositions with count 1."""

    def __init__(self, position):
        super().__init__()
        self.position = position

    def forward(self, x):
        return x[:, self.position, :]


class SelfAttention(nn.MultiheadAttention):
    """SelfAttention: nn.MultiheadAttention(x, x, x) on [n, tokens, dim], names unchanged."""

    def __init__(self, heads, causal, bias=True):
        super().__init__(DIM, heads, bias=bias, batch_first=True)
        self.causal = causal

    def forward(self, x):
        mask = causal_mask() if self.causal else None
        return super().forward(x, x, x, attn_mask=mask, need_weights=False)[0]


class EncoderLayer(nn.TransformerEncoderLayer):
    """TransformerBlock with LayerNorm: nn.TransformerEncoderLayer, dropout 0, an optional causal mask."""

    def __init__(self, heads, mlp, norm_first, activation, causal):
        super().__init__(DIM, heads, mlp, dropout=0.0, activation=activation, batch_first=True,
                         norm_first=norm_first)
        self.causal = causal

    def forward(self, x):
        return super().forward(x, src_mask=causal_mask() if self.causal else None)


class PlainBlock(nn.Module):
    """TransformerBlock without LayerNorm: x + SA(x), then x + MLP(x), with nn.TransformerEncoderLayer's names."""

    def __init__(self, heads, mlp, causal):
        super().__init__()
        self.self_attn = nn.MultiheadAttention(DIM, heads, batch_first=True)
        self.linear1 = nn.Linear(DIM, mlp)
        self.linear2 = nn.Linear(mlp, DIM)
        self.causal = causal

    def forward(self, x):
        mask = causal_mask() if self.causal else None
        x = x + self.self_attn(x, x, x, attn_mask=mask, need_weights=False)[0]
        return x + self.linear2(torch.relu(self.linear1(x)))


def cases():
    return {
        "pre": lambda: nn.Sequential(nn.Embedding(VOCAB, DIM), Positional(),
                                     EncoderLayer(2, 16, True, "relu", False), Select(-1), nn.Linear(DIM, CLASSES)),
        "post_gelu_causal": lambda: nn.Sequential(nn.Embedding(VOCAB, DIM), Positional(),
                                                  EncoderLayer(4, 12, False, "gelu", True), Select(-1),
                                                  nn.Linear(DIM, CLASSES)),
        "plain": lambda: nn.Sequential(nn.Embedding(VOCAB, DIM), Positional(), PlainBlock(2, 16, False), Select(-1),
                                       nn.Linear(DIM, CLASSES)),
        "attention": lambda: nn.Sequential(nn.Embedding(VOCAB, DIM), SelfAttention(2, True, bias=False),
                                           nn.Sequential(nn.LayerNorm(DIM), nn.Linear(DIM, 6), nn.GELU()),
                                           Select(1), nn.Linear(6, CLASSES)),
    }


def main(out):
    torch.set_default_dtype(torch.float64)
    g = torch.Generator().manual_seed(0)
    x = torch.randint(0, VOCAB, (ROWS, TOKENS), generator=g)
    y = torch.randint(0, CLASSES, (ROWS,), generator=g)
    np.save(f"{out}/inputs.npy", x.double().numpy())
    np.save(f"{out}/labels.npy", y.numpy().astype(np.int64))
    for index, (name, make) in enumerate(cases().items()):
        torch.manual_seed(index)
        model = make().double()
        model.train()  # dropout is 0; training mode keeps PyTorch off its inference fast path
        with torch.no_grad():
            for p in model.parameters():
                p.add_(0.3 * torch.randn(p.shape))  # biases non-zero, LayerNorm's gamma away from 1
        params = dict(model.named_parameters())
        logits = model(x)
        loss = nn.functional.cross_entropy(logits, y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        v = {k: torch.randn(p.shape) for k, p in params.items()}
        hv = torch.autograd.grad(grads, list(params.values()), grad_outputs=list(v.values()))
        save_safetensors(f"{out}/{name}.params.safetensors", {k: p.detach() for k, p in params.items()})
        save_safetensors(f"{out}/{name}.v.safetensors", v)
        save_safetensors(f"{out}/{name}.grad.safetensors", {k: t.detach() for k, t in zip(params, grads)})
        save_safetensors(f"{out}/{name}.hv.safetensors", {k: t.detach() for k, t in zip(params, hv)})
        np.save(f"{out}/{name}.outputs.npy", logits.detach().numpy())
        np.save(f"{out}/{name}.loss.npy", np.array(loss.item()))
        print(name, "loss", loss.item(), "parameters", sum(p.numel() for p in params.values()))


if __name__ == "__main__":
    main(sys.argv[1])
