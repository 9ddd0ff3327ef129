/*
 * person_key.h
 *		The key a contact_summary keeps for a person's name: a 64-bit hash,
 *		the same on every platform and in every release (summaries are
 *		stored, dumped and moved between machines, and a user's own people
 *		table joins to them by person_key(name)).  Inline: the aggregate
 *		hashes two names a row.
 *
 * Copyright (c) 2026, the attune developers; PostgreSQL License (LICENSE).
 */
#ifndef PERSON_KEY_H
#define PERSON_KEY_H

#include "port/pg_bswap.h"

/* Seed of the 64-bit hash of a person's name (fixed: it is stored). */
#define PERSON_HASH_SEED UINT64CONST(0x617474756e65)

/* a bijective 64-bit mix (the finaliser of splitmix64) */
static inline uint64
mix64(uint64 x)
{
	x = (x ^ (x >> 30)) * UINT64CONST(0xbf58476d1ce4e5b9);
	x = (x ^ (x >> 27)) * UINT64CONST(0x94d049bb133111eb);
	return x ^ (x >> 31);
}

/* n (<= 8) bytes at p as a little-endian number */
static inline uint64
little_endian_word(const unsigned char *p, int n)
{
	uint64		word = 0;

	memcpy(&word, p, n);
#ifdef WORDS_BIGENDIAN
	word = pg_bswap64(word);	/* the n bytes, first byte lowest */
#endif
	return word;
}

/*
 * The last len % 8 bytes of a name of len bytes, as a little-endian number
 * (0 if none), read without a loop over them: by an 8-byte read that ends
 * with the name and drops the bytes before, or for a name shorter than 8
 * by overlapping reads (bytes read twice are the same bytes, so OR-ing
 * them changes nothing).
 */
static inline uint64
last_bytes(const unsigned char *name, int len)
{
	int			n = len % 8;

	if (n == 0)
		return 0;
	if (len > 8)
		return little_endian_word(name + len - 8, 8) >> (8 * (8 - n));
	if (n >= 4)
		return little_endian_word(name, 4) | little_endian_word(name + n - 4, 4) << (8 * (n - 4));
	return (uint64) name[0] | (uint64) name[n / 2] << (8 * (n / 2)) | (uint64) name[n - 1] << (8 * (n - 1));
}

/*
 * The 64-bit hash of a person's name.  Summaries are stored, dumped and
 * moved between machines, so it is the same on every platform: the name is
 * read as little-endian 8-byte words, the last one zero-padded, each mixed
 * into the hash.  (PostgreSQL's hash_bytes_extended reads native-endian
 * words, so its hashes differ between little- and big-endian machines.)
 * Names are short: a mix per 8 bytes is the whole cost.
 */
static inline uint64
person_hash(const unsigned char *name, int len)
{
	/* the length folded in by an odd multiplier, mixed with the first word */
	uint64		h = PERSON_HASH_SEED ^ ((uint64) len * UINT64CONST(0x9e3779b97f4a7c15));
	int			i;

	for (i = 0; i + 8 <= len; i += 8)
		h = mix64(h ^ little_endian_word(name + i, 8));
	return mix64(h ^ last_bytes(name, len));
}

#endif							/* PERSON_KEY_H */
