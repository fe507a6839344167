#!/usr/bin/env python3
"""Makes the PyTorch interop fixture of the compute engine's tests (run with Debian's python3-torch).

Trains a small nn.Sequential MLP for a few steps in PyTorch (float32), saves its state_dict in the safetensors
format (written by hand: the format is an 8-byte little-endian header length, a JSON header, then the raw
little-endian data), and saves inputs and the model's outputs (computed in float64 from the float32 weights) as
.npy. The Java test loads the weights with NetworkWeights and must reproduce the outputs.

usage: make_interop_fixture.py OUTDIR
"""
import json
import struct
import sys

import numpy as np
import torch


def save_safetensors(path, tensors, metadata=None):
    """Writes tensors as safetensors.torch.save_file(tensors, path, metadata) does, metadata with format "pt"."""
    header, offset, blobs = {}, 0, []
    for name in sorted(tensors):
        t = tensors[name].detach().contiguous()
        dtype = {torch.float32: "F32", torch.float64: "F64", torch.int64: "I64"}[t.dtype]
        data = t.numpy().astype({"F32": "<f4", "F64": "<f8", "I64": "<i8"}[dtype]).tobytes()
        header[name] = {"dtype": dtype, "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    header["__metadata__"] = dict(metadata or {}, format="pt")
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for b in blobs:
            f.write(b)


def main(out):
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.Tanh(), torch.nn.Linear(8, 6), torch.nn.GELU(),
                                torch.nn.Linear(6, 3))
    x = torch.randn(32, 4)
    y = torch.randint(0, 3, (32,))
    opt = torch.optim.Adam(model.parameters(), lr=0.05)
    for _ in range(25):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(model(x), y).backward()
        opt.step()
    save_safetensors(f"{out}/mlp.safetensors", model.state_dict())
    with torch.no_grad():
        model64 = model.double()
        logits = model64(x.double())
        loss = torch.nn.functional.cross_entropy(logits, y)
    np.save(f"{out}/inputs.npy", x.double().numpy())
    np.save(f"{out}/labels.npy", y.numpy().astype(np.int64))
    np.save(f"{out}/outputs.npy", logits.numpy())
    np.save(f"{out}/loss.npy", np.array(loss.item()))
    batch_norm(out)


def batch_norm(out):
    """A network with BatchNorm: its state_dict also holds running_mean, running_var and num_batches_tracked."""
    torch.manual_seed(1)
    model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.BatchNorm1d(8), torch.nn.ReLU(), torch.nn.Linear(8, 3))
    x = torch.randn(32, 4)
    y = torch.randint(0, 3, (32,))
    opt = torch.optim.Adam(model.parameters(), lr=0.05)
    for _ in range(25):  # training mode: the running statistics move away from 0 and 1
        opt.zero_grad()
        torch.nn.functional.cross_entropy(model(x), y).backward()
        opt.step()
    save_safetensors(f"{out}/bn_mlp.safetensors", model.state_dict())
    model.eval()
    with torch.no_grad():
        logits = model.double()(x.double())
    np.save(f"{out}/bn_inputs.npy", x.double().numpy())
    np.save(f"{out}/bn_outputs.npy", logits.numpy())


if __name__ == "__main__":
    main(sys.argv[1])
