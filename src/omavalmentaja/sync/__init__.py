"""Sync bundles between a coach's laptop and the central office (see docs/bundle-format.md).

keys      key pairs, fingerprints and key ids
bundle    the binary bundle format: HPKE-wrapped per-bundle key, AES-256-GCM payload, Ed25519 signature
enrolment the office's public enrolment file
records   generic discovery, export and application of synced records
keystore  this vault's keys, its peers, and the bookkeeping of bundles (SQL)
coach     the laptop side: build a changes payload, apply an office bundle
office    the office side: merge with conflicts, assignments, receipts
report    the office's monthly monitoring figures
"""
