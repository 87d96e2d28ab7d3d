"""LoupeNet: a 2-layer transformer encoder over WordPiece ids plus an in-graph hashed n-gram branch
(unigram table + hashed bigram/trigram buckets), fused before 8 sigmoid heads."""
import math
import torch
import torch.nn as nn
import torch.nn.functional as F

LABELS = ["divisive", "hate", "offensive", "polarising", "misleading", "false_claim", "clickbait", "conspiracy"]
H1, H2, H3 = 1000003, 999983, 1000033


class Cfg:
    def __init__(self, **kw):
        self.vocab = 16000; self.dim = 128; self.layers = 2; self.heads = 4; self.ffn = 512
        self.max_pos = 128; self.ngram_buckets = 65536; self.ngram_dim = 16; self.dropout = 0.1
        self.n_labels = 8
        self.__dict__.update(kw)


class Layer(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.h = c.heads; self.d = c.dim
        self.qkv = nn.Linear(c.dim, 3 * c.dim)
        self.o = nn.Linear(c.dim, c.dim)
        self.ln1 = nn.LayerNorm(c.dim); self.ln2 = nn.LayerNorm(c.dim)
        self.f1 = nn.Linear(c.dim, c.ffn); self.f2 = nn.Linear(c.ffn, c.dim)
        self.drop = nn.Dropout(c.dropout)

    def forward(self, x, bias):
        B, T, D = x.shape
        q, k, v = self.qkv(x).view(B, T, 3, self.h, D // self.h).permute(2, 0, 3, 1, 4)
        a = torch.matmul(q, k.transpose(-1, -2)) * (1.0 / math.sqrt(D // self.h)) + bias
        a = self.drop(torch.softmax(a, dim=-1))
        y = torch.matmul(a, v).transpose(1, 2).reshape(B, T, D)
        x = self.ln1(x + self.drop(self.o(y)))
        x = self.ln2(x + self.drop(self.f2(F.gelu(self.f1(x)))))
        return x


class LoupeNet(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c = c
        self.tok = nn.Embedding(c.vocab, c.dim)
        self.pos = nn.Embedding(c.max_pos, c.dim)
        self.ln = nn.LayerNorm(c.dim)
        self.layers = nn.ModuleList([Layer(c) for _ in range(c.layers)])
        self.uni = nn.Embedding(c.vocab, c.ngram_dim)
        self.ngr = nn.Embedding(c.ngram_buckets, c.ngram_dim)
        self.fuse_ln = nn.LayerNorm(c.dim + c.ngram_dim)
        self.drop = nn.Dropout(c.dropout)
        self.head = nn.Linear(c.dim + c.ngram_dim, c.n_labels)
        # auxiliary heads (training only): each branch must also predict the labels on its own
        self.aux_enc = nn.Linear(c.dim, c.n_labels)
        self.aux_ng = nn.Linear(c.ngram_dim, c.n_labels)
        self.mlm_bias = nn.Parameter(torch.zeros(c.vocab))
        # linear n-gram branch (a logistic regression over subword uni/bi/trigrams and per-token character
        # n-grams, fitted separately by linear.py and folded into these tables; zero while fine-tuning)
        self.lin_uni = nn.Parameter(torch.zeros(c.vocab, c.n_labels), requires_grad=False)
        self.lin_ng = nn.Parameter(torch.zeros(c.ngram_buckets, c.n_labels), requires_grad=False)
        self.lin_b = nn.Parameter(torch.zeros(c.n_labels), requires_grad=False)
        self.t_scale = nn.Parameter(torch.ones(c.n_labels), requires_grad=False)
        nn.init.normal_(self.tok.weight, std=0.02); nn.init.normal_(self.pos.weight, std=0.02)
        nn.init.normal_(self.uni.weight, std=0.02); nn.init.normal_(self.ngr.weight, std=0.02)

    def encode(self, ids, mask):
        T = ids.shape[1]
        pos = torch.arange(T, device=ids.device).unsqueeze(0)
        x = self.drop(self.ln(self.tok(ids) + self.pos(pos)))
        bias = ((1.0 - mask.to(x.dtype)) * -10000.0)[:, None, None, :]
        for l in self.layers:
            x = l(x, bias)
        return x

    def hashes(self, ids, mask):
        nb = self.c.ngram_buckets
        m = mask.to(torch.float32)
        a, b, c = ids[:, :-2], ids[:, 1:-1], ids[:, 2:]
        bi = ids[:, :-1] * H1 + ids[:, 1:] * H2
        tri = (a * H1 + b) * H3 + c * H2 + 7
        bi = bi - torch.div(bi, nb, rounding_mode="floor") * nb
        tri = tri - torch.div(tri, nb, rounding_mode="floor") * nb
        mb = m[:, :-1] * m[:, 1:]
        mt = m[:, :-2] * m[:, 1:-1] * m[:, 2:]
        return m, bi, tri, mb, mt

    def linear(self, ids, mask):
        m, bi, tri, mb, mt = self.hashes(ids, mask)
        s = (self.lin_uni[ids] * m.unsqueeze(-1)).sum(1) + (self.lin_ng[bi] * mb.unsqueeze(-1)).sum(1) \
            + (self.lin_ng[tri] * mt.unsqueeze(-1)).sum(1)
        return s / torch.sqrt(m.sum(1)).unsqueeze(-1) + self.lin_b

    def ngram(self, ids, mask):
        m, bi, tri, mb, mt = self.hashes(ids, mask)
        s = (self.uni(ids) * m.unsqueeze(-1)).sum(1) + (self.ngr(bi) * mb.unsqueeze(-1)).sum(1) \
            + (self.ngr(tri) * mt.unsqueeze(-1)).sum(1)
        n = m.sum(1) + mb.sum(1) + mt.sum(1)
        return s / torch.sqrt(n).unsqueeze(-1)

    def branches(self, ids, mask):
        x = self.encode(ids, mask)
        m = mask.to(x.dtype).unsqueeze(-1)
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
        return pooled, self.ngram(ids, mask)

    def forward_neural(self, input_ids, attention_mask):
        pooled, ng = self.branches(input_ids, attention_mask)
        return self.head(self.drop(self.fuse_ln(torch.cat([pooled, ng], dim=-1))))

    def forward(self, input_ids, attention_mask, use_linear=True):
        z = self.forward_neural(input_ids, attention_mask) * self.t_scale
        if use_linear:
            z = z + self.linear(input_ids, attention_mask)
        return z

    def forward_train(self, input_ids, attention_mask):
        pooled, ng = self.branches(input_ids, attention_mask)
        fused = self.head(self.drop(self.fuse_ln(torch.cat([pooled, ng], dim=-1))))
        return fused, self.aux_enc(self.drop(pooled)), self.aux_ng(self.drop(ng))

    def mlm_logits(self, h):
        return h @ self.tok.weight.t() + self.mlm_bias
