#!/usr/bin/env python3
"""Makes the PyTorch float64 parity fixture of the engine's image layers (run with Debian's python3-torch).

For each network (the same layers the Java test ConvParityTest builds through the layer kinds) and each mode
(training: BatchNorm on batch statistics; evaluation: on running statistics), it writes in float64:
  <net>_params.npy     the flat parameter vector, state_dict order (the engine's storage order)
  <net>_buffers.npy    running_mean / running_var of every BatchNorm2d, state_dict order
  <net>_names.json     [name, numel] of every parameter tensor, state_dict order
  <net>_state.safetensors  the state_dict itself (float64, with num_batches_tracked), as PyTorch users save it
  <net>_inputs.npy     rows of C*H*W features (NCHW), <net>_labels.npy the classes
  <net>_direction.npy  a direction v for the Hessian-vector product
  <net>_<mode>_outputs.npy, _loss.npy, _gradient.npy, _hvp.npy
The gradient is autograd's; the Hessian-vector product is double back-propagation, grad(grad(L)·v).

usage: make_conv_fixture.py OUTDIR
"""
import json
import struct
import sys

import numpy as np
import torch
from torch import nn


class GlobalAvgPool(nn.Module):
    """[n, C, H, W] -> [n, C]: the engine's GLOBAL_AVG_POOL (AdaptiveAvgPool2d(1) then flatten), no parameters."""

    def forward(self, x):
        return x.mean(dim=(2, 3))


class Residual(nn.Module):
    """y = S(x) + F(x): the body's layers are children "0".."k-1", the projection shortcut (if any) child "k"."""

    def __init__(self, body, shortcut=None):
        super().__init__()
        for i, m in enumerate(body):
            self.add_module(str(i), m)
        self.size = len(body)
        self.projected = shortcut is not None
        if self.projected:  # registered once, under its index (an attribute would register it a second time)
            self.add_module(str(len(body)), shortcut)

    def forward(self, x):
        y = x
        for i in range(self.size):
            y = getattr(self, str(i))(y)
        return y + (getattr(self, str(self.size))(x) if self.projected else x)


def cnn():
    return (3, 8, 8), nn.Sequential(
        nn.Unflatten(1, (3, 8, 8)),
        nn.Conv2d(3, 4, 3, padding=1), nn.BatchNorm2d(4, momentum=0.3), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(4, 6, 3, stride=2, padding=2, dilation=2, groups=2, bias=False), nn.Tanh(),
        nn.AvgPool2d(2, stride=1, padding=1, count_include_pad=False),
        nn.MaxPool2d(3, stride=1, padding=1),
        nn.AvgPool2d(2),
        nn.Flatten(), nn.Linear(6, 5))


def resnet():
    return (3, 8, 8), nn.Sequential(
        nn.Unflatten(1, (3, 8, 8)),
        nn.Conv2d(3, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(),
        Residual([nn.Conv2d(4, 4, 3, padding=1, bias=False), nn.BatchNorm2d(4), nn.ReLU(),
                  nn.Conv2d(4, 4, 3, padding=1), nn.BatchNorm2d(4)]),
        nn.ReLU(),
        Residual([nn.Conv2d(4, 8, 3, stride=2, padding=1, bias=False), nn.BatchNorm2d(8), nn.ReLU(),
                  nn.Conv2d(8, 8, 3, padding=1), nn.BatchNorm2d(8)],
                 nn.Sequential(nn.Conv2d(4, 8, 1, stride=2, bias=False), nn.BatchNorm2d(8))),
        nn.ReLU(),
        Residual([nn.Conv2d(8, 6, 1)], nn.Conv2d(8, 6, 1, bias=False)),
        GlobalAvgPool(), nn.Linear(6, 5))


def save_safetensors(path, tensors):
    """The safetensors format: an 8-byte little-endian header length, a JSON header, then the raw data."""
    header, offset, blobs = {}, 0, []
    for name in sorted(tensors):
        t = tensors[name].detach().contiguous()
        dtype = {torch.float64: "F64", torch.int64: "I64"}[t.dtype]
        data = t.numpy().astype({"F64": "<f8", "I64": "<i8"}[dtype]).tobytes()
        header[name] = {"dtype": dtype, "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    header["__metadata__"] = {"format": "pt"}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for b in blobs:
            f.write(b)


def flat(tensors):
    return torch.cat([t.reshape(-1) for t in tensors])


def assign(model, vector):
    offset = 0
    for p in model.parameters():
        p.data.copy_(vector[offset:offset + p.numel()].view_as(p))
        offset += p.numel()


def make(out, name, factory, seed):
    torch.manual_seed(seed)
    shape, model = factory()
    model = model.double()
    n = 10
    x = torch.randn(n, int(np.prod(shape)), dtype=torch.float64)
    y = torch.randint(0, 5, (n,))
    # a few training steps (float64) so that the parameters and running statistics are not at their initial values
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    model.train()
    for _ in range(5):
        opt.zero_grad()
        nn.functional.cross_entropy(model(torch.randn(n, x.shape[1], dtype=torch.float64)), y).backward()
        opt.step()
    names = [[k, v.numel()] for k, v in model.named_parameters()]
    params = flat([p.detach() for p in model.parameters()])
    buffers = flat([b.detach() for k, b in model.named_buffers() if not k.endswith("num_batches_tracked")])
    v = torch.randn(params.numel(), dtype=torch.float64)
    np.save(f"{out}/{name}_params.npy", params.numpy())
    np.save(f"{out}/{name}_buffers.npy", buffers.numpy())
    np.save(f"{out}/{name}_inputs.npy", x.numpy())
    np.save(f"{out}/{name}_labels.npy", y.numpy().astype(np.int64))
    np.save(f"{out}/{name}_direction.npy", v.numpy())
    with open(f"{out}/{name}_names.json", "w") as f:
        json.dump(names, f)
    save_safetensors(f"{out}/{name}_state.safetensors", model.state_dict())
    state = {k: b.clone() for k, b in model.named_buffers()}
    for mode in ("train", "eval"):
        model.load_state_dict({**model.state_dict(), **state})  # the same running statistics for both modes
        model.train(mode == "train")
        ps = list(model.parameters())
        logits = model(x)
        loss = nn.functional.cross_entropy(logits, y)
        grads = torch.autograd.grad(loss, ps, create_graph=True)
        g = flat(grads)
        hv = flat(torch.autograd.grad(g @ v, ps))
        np.save(f"{out}/{name}_{mode}_outputs.npy", logits.detach().numpy())
        np.save(f"{out}/{name}_{mode}_loss.npy", np.array(loss.item()))
        np.save(f"{out}/{name}_{mode}_gradient.npy", g.detach().numpy())
        np.save(f"{out}/{name}_{mode}_hvp.npy", hv.numpy())


def main(out):
    torch.set_num_threads(1)
    make(out, "cnn", cnn, 11)
    make(out, "resnet", resnet, 12)


if __name__ == "__main__":
    main(sys.argv[1])
