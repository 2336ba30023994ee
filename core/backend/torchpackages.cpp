// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchpackages.h"

#include "../pep/packagename.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

const QStringList &TorchPackages::pytorchIndex()
{
    // uv's TorchStrategy::applies_to for the PyTorch source (backend.rs L328).
    static const QStringList names{u"fbgemm-gpu"_s,
                                   u"fbgemm-gpu-genai"_s,
                                   u"pytorch-triton"_s,
                                   u"pytorch-triton-rocm"_s,
                                   u"pytorch-triton-xpu"_s,
                                   u"torch"_s,
                                   u"torch-tensorrt"_s,
                                   u"torchao"_s,
                                   u"torcharrow"_s,
                                   u"torchaudio"_s,
                                   u"torchcodec"_s,
                                   u"torchcsprng"_s,
                                   u"torchdistx"_s,
                                   u"torchrec"_s,
                                   u"torchserve"_s,
                                   u"torchtext"_s,
                                   u"torchtune"_s,
                                   u"torchvision"_s,
                                   u"triton"_s,
                                   u"triton-rocm"_s,
                                   u"triton-xpu"_s,
                                   u"xformers"_s};
    return names;
}

const QStringList &TorchPackages::pyx()
{
    // pyx hosts more of the ecosystem, so uv routes these too when the source is pyx.
    static const QStringList names = [] {
        QStringList list = pytorchIndex();
        list << u"deepspeed"_s << u"flash-attn"_s << u"flash-attn-3"_s << u"megablocks"_s << u"natten"_s << u"pyg-lib"_s
             << u"torch-cluster"_s << u"torch-scatter"_s << u"torch-sparse"_s << u"torch-spline-conv"_s << u"vllm"_s;
        return list;
    }();
    return names;
}

const QStringList &TorchPackages::systemDependency()
{
    // uv's has_system_dependency (backend.rs L409). Left out on purpose: triton*, pytorch-triton*,
    // xformers, torchserve and the PyG packages, which do not vary across CUDA indexes.
    static const QStringList names{u"deepspeed"_s,      u"fbgemm-gpu"_s,  u"fbgemm-gpu-genai"_s, u"flash-attn"_s,
                                   u"flash-attn-3"_s,   u"megablocks"_s,  u"natten"_s,           u"torch"_s,
                                   u"torch-tensorrt"_s, u"torchao"_s,     u"torcharrow"_s,       u"torchaudio"_s,
                                   u"torchcodec"_s,     u"torchcsprng"_s, u"torchdistx"_s,       u"torchrec"_s,
                                   u"torchtext"_s,      u"torchtune"_s,   u"torchvision"_s,      u"vllm"_s};
    return names;
}

bool TorchPackages::routesToTorchIndex(QStringView name, bool pyxSource)
{
    return (pyxSource ? pyx() : pytorchIndex()).contains(PackageName::canonicalize(name));
}

bool TorchPackages::hasSystemDependency(QStringView name)
{
    return systemDependency().contains(PackageName::canonicalize(name));
}

} // namespace Akari
