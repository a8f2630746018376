"""The two embedding backends: the same model, the same vectors; ONNX exported once."""

from __future__ import annotations

import numpy as np
import pytest

from reportqa.config import Settings
from reportqa.embed import ModelUnavailable, model_identity, shared_embedder

pytestmark = pytest.mark.slow

TEXTS = [
    "There are currently 96 consular establishments in 70 countries around the world.",
    "How many persons were officially stateless?",
    "Nur-Sultan",
    "A longer sentence about migration policy, labour migration, remittances and the "
    "protection of the rights of migrant children in three regions of the country.",
]


def test_onnx_vectors_match_torch(tmp_path, real_embedder):
    onnx = shared_embedder(model=Settings().model, backend="onnx", cache_dir=tmp_path)
    assert type(onnx).__name__ == "OnnxEmbedder"
    assert onnx.model_id == real_embedder.model_id == model_identity(Settings().model)
    a, b = onnx.encode(TEXTS), real_embedder.encode(TEXTS)
    assert a.shape == b.shape == (len(TEXTS), 384)
    assert a.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert float(np.min(np.sum(a * b, axis=1))) > 0.9999
    # One text at a time gives the same vectors as a padded batch.
    single = np.stack([onnx.encode([t])[0] for t in TEXTS])
    np.testing.assert_allclose(single, a, atol=1e-5)
    assert len(list(tmp_path.rglob("model.onnx"))) == 1


def test_unknown_backend_is_a_clear_error():
    with pytest.raises(ModelUnavailable, match="REPORTQA_BACKEND"):
        shared_embedder(model=Settings().model, backend="tensorflow")
