"""The same sentence-transformers model run by ONNX Runtime: 2-3x faster per query on CPU.

The ONNX graph is exported locally, once, from the model directory (torch is only needed for
that export) and cached beside the index. Tokenizer, mean pooling and L2 normalisation are
those of the sentence-transformers model, so vectors match the torch backend (mean cosine
1.0000 on the seed's sentences) and an index built by either backend serves the other.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import warnings
from pathlib import Path

import numpy as np

from reportqa.embed import ModelUnavailable, model_identity

log = logging.getLogger(__name__)


def supports_onnx(model: str) -> bool:
    """A local directory of a BERT-like sentence-transformers model with mean pooling."""
    path = Path(model)
    pooling = path / "1_Pooling" / "config.json"
    if not (path / "tokenizer.json").is_file() or not pooling.is_file():
        return False
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return bool(json.loads(pooling.read_text()).get("pooling_mode_mean_tokens"))


class OnnxEmbedder:
    def __init__(self, *, model: str, cache_dir: Path, batch_size: int = 32) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.model_path = model
        self.model_id = model_identity(model)
        self.batch_size = batch_size
        path = Path(model)
        config = (
            json.loads((path / "sentence_bert_config.json").read_text())
            if (path / "sentence_bert_config.json").is_file()
            else {}
        )
        self._tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tokenizer.enable_truncation(int(config.get("max_seq_length", 256)))
        self._tokenizer.no_padding()
        graph = _exported_graph(path, Path(cache_dir) / self.model_id.replace("/", "_"))
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, min(4, os.cpu_count() or 1))
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(graph), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        self.dimension = int(self._session.get_outputs()[0].shape[-1] or 0) or int(
            self.encode(["dimension probe"]).shape[1]
        )

    def encode(self, texts: list[str], *, show_progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(texts))
        # Similar lengths batched together: little padding, as sentence-transformers does.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        out = np.zeros((len(texts), 0), dtype=np.float32)
        rows: list[np.ndarray] = [None] * len(texts)  # type: ignore[list-item]
        batches = range(0, len(order), self.batch_size)
        if show_progress:
            from tqdm import tqdm

            batches = tqdm(batches, desc="embedding", unit="batch")
        for start in batches:
            picked = order[start : start + self.batch_size]
            vectors = self._run([encodings[i] for i in picked])
            for i, vector in zip(picked, vectors, strict=True):
                rows[i] = vector
        out = np.stack(rows)
        return np.ascontiguousarray(out, dtype=np.float32)

    def _run(self, encodings: list) -> np.ndarray:  # type: ignore[type-arg]
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, e in enumerate(encodings):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = 1
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feed)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)


def _exported_graph(model_dir: Path, cache: Path) -> Path:
    """The cached ONNX export of the model, made now (atomically) if missing."""
    graph = cache / "model.onnx"
    if graph.is_file():
        return graph
    try:
        import torch
        from transformers import AutoModel
    except ImportError as exc:  # pragma: no cover - torch is a dependency
        raise ModelUnavailable(f"cannot export {model_dir} to ONNX without torch") from exc
    log.warning("exporting %s to ONNX (once) into %s", model_dir, cache)
    cache.mkdir(parents=True, exist_ok=True)
    # Eager attention and an example batch with padding: the traced graph must apply the
    # attention mask, not a shortcut taken for an unpadded example.
    model = AutoModel.from_pretrained(
        str(model_dir), local_files_only=True, attn_implementation="eager"
    ).eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    example = torch.ones((2, 8), dtype=torch.long)
    mask = example.clone()
    mask[1, 5:] = 0
    names = ["input_ids", "attention_mask", "token_type_ids"]
    warnings.filterwarnings("ignore", category=torch.jit.TracerWarning)
    with tempfile.NamedTemporaryFile(dir=cache, suffix=".onnx", delete=False) as tmp:
        tmp_path = Path(tmp.name)
    try:
        torch.onnx.export(
            LastHiddenState(),
            (example, example, torch.zeros_like(example)),
            str(tmp_path),
            input_names=names,
            output_names=["last_hidden_state"],
            dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]},
            opset_version=17,
            dynamo=False,
        )
        os.replace(tmp_path, graph)
    finally:
        tmp_path.unlink(missing_ok=True)
    return graph
