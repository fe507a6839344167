#!/usr/bin/env python3
"""Makes the fixture of `./landscape import`'s test (run with Debian's python3-torch: /usr/bin/python3).

Trains a small nn.Sequential MLP (Linear, BatchNorm1d, ReLU, Linear) in PyTorch float64 on a 3-class dataset,
full batch, and writes:
  data.csv                 the dataset (4 features, the class label last), every value written exactly
  model.safetensors        the final state_dict (F64, BatchNorm running statistics included)
  checkpoints/step-N.safetensors   the state_dict every 25 steps (step 0 included; the step also in the metadata)
  model-b.safetensors, model-c.safetensors   the same network trained from other seeds (mode connectivity, plane)
  expected.json            at the final model, evaluation mode, every row: the loss, the gradient norm, and from the
                           dense Hessian λ_max, λ_min, the trace and the index (eigenvalues below -1e-9·max|λ|); and
                           [step, λ_max, trace] at every checkpoint (its own running statistics)

and in cnn/ the same for a small CNN (Conv2d, ReLU, MaxPool2d, Conv2d, BatchNorm2d, ReLU, AdaptiveAvgPool2d(1),
Flatten, Linear: 165 parameters) on generated 8×8 grey images of three patterns, 120 steps, a checkpoint every 20:
  images.idx, labels.idx   the images [n, 8, 8] as IDX float64 (type 0x0E) and the labels as IDX unsigned bytes
  images.npy, labels.npy   the same images as a .npy [n, 1, 8, 8] and the labels (int64)
  model.safetensors, checkpoints/step-N.safetensors, expected.json   as above

The files are written as safetensors.torch.save_file(model.state_dict(), path) writes them; that package is not
in Debian, so make_interop_fixture.save_safetensors writes the format by hand.

usage: make_import_fixture.py OUTDIR
"""
import json
import os
import struct
import sys

import torch

from make_interop_fixture import save_safetensors

STEPS = 200
EVERY = 25
CNN_STEPS = 120
CNN_EVERY = 20


def save_file(tensors, path, metadata=None):
    save_safetensors(path, tensors, metadata)


def dataset():
    g = torch.Generator().manual_seed(7)
    centres = torch.tensor([[2.0, 0.0, 0.0, 1.0], [-1.0, 2.0, 0.5, 0.0], [0.0, -2.0, -1.0, -1.0]],
                           dtype=torch.float64)
    y = torch.arange(120) % 3
    x = centres[y] + 1.2 * torch.randn(120, 4, generator=g, dtype=torch.float64)
    return x, y


def network():
    return torch.nn.Sequential(torch.nn.Linear(4, 16), torch.nn.BatchNorm1d(16), torch.nn.ReLU(),
                               torch.nn.Linear(16, 3)).double()


def cnn():
    return torch.nn.Sequential(torch.nn.Conv2d(1, 3, 3, padding=1), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
                               torch.nn.Conv2d(3, 4, 3), torch.nn.BatchNorm2d(4), torch.nn.ReLU(),
                               torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten(), torch.nn.Linear(4, 3)).double()


def images():
    """60 noisy 8×8 grey images of a horizontal bar, a vertical bar and a diagonal (20 each), float64."""
    g = torch.Generator().manual_seed(11)
    y = torch.arange(60) % 3
    x = 0.3 * torch.randn(60, 1, 8, 8, generator=g, dtype=torch.float64)
    for i, label in enumerate(y.tolist()):
        at = int(torch.randint(1, 7, (1,), generator=g))
        if label == 0:
            x[i, 0, at, 1:7] += 1.0
        elif label == 1:
            x[i, 0, 1:7, at] += 1.0
        else:
            x[i, 0, range(8), range(8)] += 1.0
    return x, y


def save_idx(path, tensor, code):
    """IDX (LeCun et al.): two zero bytes, the type code (0x08 unsigned byte, 0x0E double), the number of dimensions,
    each dimension big-endian, then the data big-endian."""
    fmt = {0x08: ">u1", 0x0E: ">f8"}[code]
    with open(path, "wb") as f:
        f.write(bytes([0, 0, code, tensor.dim()]))
        for d in tensor.shape:
            f.write(struct.pack(">i", d))
        f.write(tensor.numpy().astype(fmt).tobytes())


def save_npy(path, array):
    import numpy
    numpy.save(path, array)


def train(seed, x, y, checkpoints=None, make=network, steps=STEPS, every=EVERY, lr=0.1):
    torch.manual_seed(seed)
    model = make()
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    for step in range(steps + 1):
        if checkpoints is not None and step % every == 0:
            save_file(model.state_dict(), os.path.join(checkpoints, "step-%d.safetensors" % step),
                      {"step": str(step)})
        if step == steps:
            break
        model.train()
        opt.zero_grad()
        torch.nn.functional.cross_entropy(model(x), y).backward()
        opt.step()
    model.eval()
    return model


def expected(model, x, y):
    names = [n for n, _ in model.named_parameters()]
    shapes = [p.shape for _, p in model.named_parameters()]
    flat = torch.cat([p.detach().reshape(-1) for _, p in model.named_parameters()])
    buffers = {n: b for n, b in model.named_buffers()}

    def loss_of(theta):
        params, at = {}, 0
        for n, s in zip(names, shapes):
            k = s.numel()
            params[n] = theta[at:at + k].reshape(s)
            at += k
        out = torch.func.functional_call(model, (params, buffers), (x,)) if hasattr(torch, "func") else \
            torch.nn.utils.stateless.functional_call(model, {**params, **buffers}, (x,))
        return torch.nn.functional.cross_entropy(out, y)

    theta = flat.clone().requires_grad_(True)
    loss = loss_of(theta)
    grad, = torch.autograd.grad(loss, theta)
    hessian = torch.autograd.functional.hessian(loss_of, flat)
    eig = torch.linalg.eigvalsh(hessian)
    cut = 1e-9 * eig.abs().max()
    return {"parameters": flat.numel(), "loss": loss.item(), "gradient_norm": grad.norm().item(),
            "lambda_max": eig[-1].item(), "lambda_min": eig[0].item(), "trace": torch.trace(hessian).item(),
            "index": int((eig < -cut).sum()), "zero_eigenvalues": int((eig.abs() <= cut).sum()),
            "smallest_nonzero_abs": eig.abs()[eig.abs() > cut].min().item()}


def checkpoint_curvature(folder, x, y, make=network):
    """λ_max and the trace of the dense Hessian at every checkpoint, with the checkpoint's own running statistics."""
    rows = []
    for name in os.listdir(folder):
        model = make()
        state = load_file(os.path.join(folder, name))
        model.load_state_dict(state)
        model.eval()
        facts = expected(model, x, y)
        rows.append([int(name[len("step-"):-len(".safetensors")]), facts["lambda_max"], facts["trace"]])
    return sorted(rows)


def load_file(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        dtype = {"F64": torch.float64, "F32": torch.float32, "I64": torch.int64}[info["dtype"]]
        out[name] = torch.frombuffer(bytearray(data[begin:end]), dtype=dtype).reshape(info["shape"])
    return out


def main(out):
    torch.set_default_dtype(torch.float64)
    os.makedirs(os.path.join(out, "checkpoints"), exist_ok=True)
    x, y = dataset()
    with open(os.path.join(out, "data.csv"), "w") as f:
        f.write("x0,x1,x2,x3,label\n")
        for row, label in zip(x.tolist(), y.tolist()):
            f.write(",".join(repr(v) for v in row) + "," + str(label) + "\n")
    model = train(0, x, y, os.path.join(out, "checkpoints"))
    save_file(model.state_dict(), os.path.join(out, "model.safetensors"), {"step": str(STEPS)})
    for name, seed in (("model-b", 1), ("model-c", 2)):
        save_file(train(seed, x, y).state_dict(), os.path.join(out, name + ".safetensors"), {"step": str(STEPS)})
    facts = expected(model, x, y)
    facts["checkpoints"] = checkpoint_curvature(os.path.join(out, "checkpoints"), x, y)
    facts["torch"] = torch.__version__
    with open(os.path.join(out, "expected.json"), "w") as f:
        json.dump(facts, f, indent=1)
        f.write("\n")
    print(json.dumps(facts))
    main_cnn(os.path.join(out, "cnn"))


def main_cnn(out):
    os.makedirs(os.path.join(out, "checkpoints"), exist_ok=True)
    x, y = images()
    save_idx(os.path.join(out, "images.idx"), x[:, 0], 0x0E)
    save_idx(os.path.join(out, "labels.idx"), y.to(torch.uint8), 0x08)
    save_npy(os.path.join(out, "images.npy"), x.numpy())
    save_npy(os.path.join(out, "labels.npy"), y.numpy())
    model = train(0, x, y, os.path.join(out, "checkpoints"), make=cnn, steps=CNN_STEPS, every=CNN_EVERY, lr=0.05)
    save_file(model.state_dict(), os.path.join(out, "model.safetensors"), {"step": str(CNN_STEPS)})
    facts = expected(model, x, y)
    facts["checkpoints"] = checkpoint_curvature(os.path.join(out, "checkpoints"), x, y, make=cnn)
    facts["torch"] = torch.__version__
    with open(os.path.join(out, "expected.json"), "w") as f:
        json.dump(facts, f, indent=1)
        f.write("\n")
    print(json.dumps(facts))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
