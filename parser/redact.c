/* redact.c - the redaction stage: lines in, the same lines with identifiers
 * and secrets masked out, before the builder keeps any text. What is masked
 * is the profile's "redact" entries (redact_load.c); here are only the
 * pseudonyms and the little state that says what a line answers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "redact_int.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- the map: value -> pseudonym, numbered in order of appearance ---- */

#define MAP_MAX 65536u

typedef struct rvalue {
    unsigned char kind;
    char *value;
    size_t len;
    char token[32];
    uint32_t hash;
} rvalue;

struct ats_redact_map {
    unsigned flags;
    int frozen;
    rvalue *v;
    size_t n, cap;
    uint32_t *slots;          /* index + 1; 0 empty */
    size_t mask;
    size_t per_kind[ATS_RK_COUNT];
    size_t filled[ATS_RK_COUNT];  /* masked whole, not kept: message bodies and PDUs,
                                     private keys */
    uint64_t lens;            /* bit (len & 63) set for the lengths values have */
    size_t min_len;           /* the shortest value's length, 0 when none */
    uint64_t pairs[1024];     /* bit (b0 << 8 | b1) set for the first two bytes values have */
};

static const char *const labels[ATS_RK_COUNT] = {"IMEI", "IMSI", "ICCID", "PHONE", "SMS",
                                                 "PIN",  "USER", "PASSWORD", "IP", "HOST"};

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static uint32_t hash_kind(uint32_t h, int kind)
{
    return (h ^ (uint32_t)kind * 0x9E3779B9u) * 16777619u;
}

static uint32_t hash_of(int kind, const char *s, size_t n)
{
    return hash_kind(hash_bytes(s, n), kind);
}

int ats_redact_map_new(ats_redact_map **out, unsigned flags)
{
    *out = calloc(1, sizeof **out);
    if (!*out)
        return ATS_ENOMEM;
    (*out)->flags = flags;
    return 0;
}

unsigned ats_redact_map_flags(const ats_redact_map *m) { return m->flags; }
void ats_redact_map_freeze(ats_redact_map *m) { m->frozen = 1; }
size_t ats_redact_map_count(const ats_redact_map *m) { return m ? m->n : 0; }

size_t ats_redact_map_kind_count(const ats_redact_map *m, ats_redact_kind k)
{
    if (m && k == ATS_RK_SMS)
        return m->filled[k];
    return m && (unsigned)k < ATS_RK_COUNT ? m->per_kind[k] + m->filled[k] : 0;
}

void ats_redact_map_at(const ats_redact_map *m, size_t i, ats_redact_kind *kind,
                       ats_span *value, const char **token)
{
    const rvalue *r = &m->v[i];
    if (kind)
        *kind = (ats_redact_kind)r->kind;
    if (value) {
        value->ptr = r->value;
        value->len = r->len;
    }
    if (token)
        *token = r->token;
}

void ats_redact_map_free(ats_redact_map *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n; i++)
        free(m->v[i].value);
    free(m->v);
    free(m->slots);
    free(m);
}

static const rvalue *map_find(const ats_redact_map *m, int kind, const char *s, size_t n,
                              uint32_t h)
{
    if (!m || !m->slots)
        return NULL;
    for (size_t i = h & m->mask;; i = (i + 1) & m->mask) {
        uint32_t k = m->slots[i];
        if (!k)
            return NULL;
        const rvalue *r = &m->v[k - 1];
        if (r->hash == h && r->kind == kind && r->len == n && !memcmp(r->value, s, n))
            return r;
    }
}

static int map_rehash(ats_redact_map *m)
{
    size_t size = m->slots ? (m->mask + 1) * 2 : 64;
    uint32_t *sl = calloc(size, sizeof *sl);
    if (!sl)
        return ATS_ENOMEM;
    for (size_t j = 0; j < m->n; j++) {
        size_t i = m->v[j].hash & (size - 1);
        while (sl[i])
            i = (i + 1) & (size - 1);
        sl[i] = (uint32_t)j + 1;
    }
    free(m->slots);
    m->slots = sl;
    m->mask = size - 1;
    return 0;
}

/* A pseudonym keeps the shape a parser or a reader expects where the shape
 * matters: an IPv4 address becomes one of the documentation networks
 * (RFC 5737), an IPv6 one 2001:db8:: (RFC 3849); the rest read <KIND-n>. */
static void make_token(char *t, size_t cap, int kind, const char *s, size_t n, size_t num)
{
    if (kind == ATS_RK_IP && memchr(s, ':', n))
        snprintf(t, cap, "2001:db8::%zx", num);
    else if (kind == ATS_RK_IP && num <= 254)
        snprintf(t, cap, "192.0.2.%zu", num);
    else if (kind == ATS_RK_IP && num <= 508)
        snprintf(t, cap, "198.51.100.%zu", num - 254);
    else if (kind == ATS_RK_IP && num <= 762)
        snprintf(t, cap, "203.0.113.%zu", num - 508);
    else
        snprintf(t, cap, "<%s-%zu>", labels[kind], num);
}

/* The value's entry, added if new; NULL when the map is full or out of memory. */
static const rvalue *map_add(ats_redact_map *m, int kind, const char *s, size_t n, uint32_t h,
                             int *nomem)
{
    const rvalue *r = map_find(m, kind, s, n, h);
    if (r || m->n >= MAP_MAX)
        return r;
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 16;
        rvalue *v = realloc(m->v, cap * sizeof *v);
        if (!v)
            goto oom;
        m->v = v;
        m->cap = cap;
    }
    if ((m->n + 1) * 2 > (m->slots ? m->mask + 1 : 0) && map_rehash(m) < 0)
        goto oom;
    rvalue *nv = &m->v[m->n];
    nv->value = malloc(n ? n : 1);
    if (!nv->value)
        goto oom;
    memcpy(nv->value, s, n);
    nv->len = n;
    nv->kind = (unsigned char)kind;
    nv->hash = h;
    m->lens |= (uint64_t)1 << (n & 63);
    if (!m->min_len || n < m->min_len)
        m->min_len = n;
    if (n >= 2) {
        unsigned pr = (unsigned)(unsigned char)s[0] << 8 | (unsigned char)s[1];
        m->pairs[pr >> 6] |= (uint64_t)1 << (pr & 63);
    }
    make_token(nv->token, sizeof nv->token, kind, s, n, ++m->per_kind[kind]);
    size_t i = h & m->mask;
    while (m->slots[i])
        i = (i + 1) & m->mask;
    m->slots[i] = (uint32_t)++m->n;
    return nv;
oom:
    *nomem = 1;
    return NULL;
}

int ats_redact_map_merge(ats_redact_map *dst, const ats_redact_map *src)
{
    int nomem = 0;
    for (int k = 0; src && k < ATS_RK_COUNT; k++)
        dst->filled[k] += src->filled[k];
    for (size_t i = 0; src && i < src->n; i++) {
        const rvalue *r = &src->v[i];
        map_add(dst, r->kind, r->value, r->len, r->hash, &nomem);
        if (nomem)
            return ATS_ENOMEM;
    }
    return 0;
}

const char *ats_redact_map_token(const ats_redact_map *m, ats_redact_kind kind, const char *value,
                                 size_t len)
{
    if (!m || (unsigned)kind >= ATS_RK_COUNT)
        return NULL;
    const rvalue *r = map_find(m, (int)kind, value, len, hash_of((int)kind, value, len));
    return r ? r->token : NULL;
}

/* ---- the stage ---- */

typedef struct mspan {
    size_t a, b;
    int kind;
} mspan;

#define MAX_SPANS 64

/* Which patterns a line may match, decided once per shape of line: most
 * lines of a capture start with one of a few dozen prefixes ("OK",
 * "+CREG: ", "AT+QISEND="), and whether an anchored pattern can match a
 * line that starts with given bytes is a question PCRE2 answers exactly
 * (a partial match on those bytes). So a line costs a lookup of its first
 * SHAPE_KEY bytes and the PCRE2 calls of the few entries left, not a call
 * per entry. A shape not seen yet asks only the entries its first byte
 * allows, also decided once per byte value: lines of random data (a
 * transparent session's, a trace's cut records) have shapes that never
 * repeat, and few entries can start with whatever byte they start with. */
#define SHAPE_KEY 8
#define SHAPE_SLOTS 1024u

typedef struct shape_slot {
    uint64_t key;             /* the first len bytes, packed */
    unsigned char len;
    unsigned char used;
} shape_slot;

/* A capture repeats its short lines ("OK", "AT+CSQ", "+CSQ: 26,99": two
 * thirds of a plain capture's lines are a line seen before), and a line
 * that masked nothing masks nothing again while what decides it is
 * unchanged: its bytes, kind and direction, the map's values (known_spans),
 * which "after" patterns the last command matched (not for a command line,
 * which sets them itself), no line mask pending (next_kind), no prompt
 * before it, no key open. Such a line is kept here, whole, and a repeat
 * costs a hash and a compare instead of the shape, the entries, the
 * command test and the scan for known values; a command line still tells
 * new_command. Exact: a hit compares every byte. */
#define MEMO_SLOTS 256u
#define MEMO_MAX ATS_LINE_KEY_MAX

typedef struct memo_slot {
    uint64_t hash;            /* 0: empty */
    uint64_t after_sig;       /* after_sig when kept (not asked of a command line) */
    size_t map_n, own_n;      /* the maps' sizes when kept */
    unsigned char len, kind, dir, cmd;
    uint64_t words[MEMO_MAX / 8]; /* the line's bytes, the last word zero-filled */
} memo_slot;

struct ats_redactor {
    const ats_profile *p;
    ats_redact_map *map;
    ats_redact_map *own;      /* values a frozen map lacks */
    unsigned flags;
    ats_line_cb cb;
    void *user;
    pcre2_match_data *md;
    unsigned char *active;    /* entry i applies (its kinds are wanted) */
    /* The entries with a pattern, in the order they are tried: bit j of a
     * line's shape says whether order[j] may match it. Bits nord.. are the
     * "after" patterns of the entries in aft[], for command lines. */
    uint16_t *order, *aft;
    size_t nord, naft, nw;
    shape_slot *shapes;            /* SHAPE_SLOTS slots */
    uint64_t *shape_bits;     /* nw words a slot */
    uint64_t *first_bits;     /* nw words a first byte: the entries it allows */
    unsigned char first_done[256];
    unsigned char *after_ok;  /* entry i's "after" matched the last command */
    uint64_t after_sig;       /* bit j: after_ok[aft[j]] (memo key; naft <= 64) */
    memo_slot *memo;          /* MEMO_SLOTS lines that masked nothing; NULL: none */
    ats_keyed_line kl;        /* the line being passed on and its key, if memo_hit made one */
    int next_kind;            /* the next modem line is masked whole as this, -1 */
    int payload_kind;         /* payload lines now are masked as this, -1 */
    ats_buf out;
    uint64_t masked;
    mspan spans[MAX_SPANS];
    size_t nspans;
    size_t base;              /* spans found in s + base (embedded_commands) */
    ats_redact_span_cb span_cb;
    void *span_user;
    const ats_line *cur;      /* the line being masked, for span_cb */
    int stop;                 /* span_cb asked to stop */
    int in_key;               /* inside a PEM private key (key_line) */
};

void ats_redactor_set_span_cb(ats_redactor *r, ats_redact_span_cb cb, void *user)
{
    r->span_cb = cb;
    r->span_user = user;
}

static void tell(ats_redactor *r, size_t a, size_t b, int kind, const char *t, size_t tl)
{
    ats_span rep = {t, tl};
    if (r->span_cb && r->cur && r->span_cb(r->span_user, r->cur, a, b, (ats_redact_kind)kind, rep))
        r->stop = 1;
}

/* Where two entries would mask the same bytes the first wins; the entries
 * that know the line (anchored, or an answer to a given command) go before
 * those that look anywhere, so the bare IMSI after AT+CIMI is an IMSI though
 * 15 digits anywhere may be an IMEI. */
static int plan(ats_redactor *r)
{
    const ats_profile *p = r->p;
    r->order = malloc((p->nredact + 1) * sizeof *r->order);
    r->aft = malloc((p->nredact + 1) * sizeof *r->aft);
    if (!r->order || !r->aft)
        return -1;
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i < p->nredact; i++) {
            const ats_predact *e = &p->redact[i];
            if (r->active[i] && e->match.code && (!!e->after.code || e->anchored) == (round == 0))
                r->order[r->nord++] = (uint16_t)i;
        }
    for (size_t i = 0; i < p->nredact; i++)
        if (r->active[i] && p->redact[i].after.code)
            r->aft[r->naft++] = (uint16_t)i;
    r->nw = (r->nord + r->naft + 63) / 64;
    r->shapes = calloc(SHAPE_SLOTS, sizeof *r->shapes);
    r->shape_bits = calloc((size_t)SHAPE_SLOTS * (r->nw ? r->nw : 1), sizeof *r->shape_bits);
    r->first_bits = calloc((size_t)256 * (r->nw ? r->nw : 1), sizeof *r->first_bits);
    return r->shapes && r->shape_bits && r->first_bits ? 0 : -1;
}

/* May a line starting with s[0..k) match re? Only a pattern anchored at the
 * line's start can be refused by its first bytes; PCRE2's answer to a
 * partial match is exact, and a limit hit says "try it". */
static int may_match(ats_redactor *r, const ats_re *re, int anchored, const char *s, size_t k)
{
    if (!anchored)
        return 1;
    /* a partial match takes the first byte too: the screen's first bytes
     * answer for PCRE2 (not its shortest match: a part may be shorter) */
    const ats_re_screen *sc = re->screen;
    if (sc && sc->on && k && !(sc->first[(unsigned char)s[0] >> 3] >> ((unsigned char)s[0] & 7) & 1))
        return 0;
    int rc = pcre2_match(re->code, (PCRE2_SPTR)s, k, 0, PCRE2_PARTIAL_HARD | PCRE2_NO_JIT, r->md,
                         r->p->mctx);
    return rc != PCRE2_ERROR_NOMATCH;
}

static int re_anchored(const ats_re *re)
{
    return re->src && (re->src[0] == '^' || !strncmp(re->src, "(?i)^", 5));
}

static int bit(const uint64_t *bits, size_t j) { return (int)(bits[j / 64] >> (j % 64) & 1); }

/* Which entries (and "after" patterns) the first k bytes of s allow, into
 * bits; only those `allowed` has (NULL: all) are asked. */
static void allowed_by(ats_redactor *r, const char *s, size_t k, const uint64_t *allowed,
                       uint64_t *bits)
{
    memset(bits, 0, r->nw * sizeof *bits);
    for (size_t j = 0; j < r->nord; j++) {
        const ats_predact *e = &r->p->redact[r->order[j]];
        if ((!allowed || bit(allowed, j)) && may_match(r, &e->match, e->anchored, s, k))
            bits[j / 64] |= (uint64_t)1 << (j % 64);
    }
    for (size_t j = 0; j < r->naft; j++) {
        const ats_re *a = &r->p->redact[r->aft[j]].after;
        size_t b = r->nord + j;
        if ((!allowed || bit(allowed, b)) && may_match(r, a, re_anchored(a), s, k))
            bits[b / 64] |= (uint64_t)1 << (b % 64);
    }
}

/* The bits of the line's shape: which entries (and "after" patterns) it may
 * match. */
static const uint64_t *shape_of(ats_redactor *r, const char *s, size_t n)
{
    size_t k = n < SHAPE_KEY ? n : SHAPE_KEY;
    uint64_t key = 0;
    memcpy(&key, s, k);
    uint64_t h = (key ^ (uint64_t)k << 59) * 0x9E3779B97F4A7C15ull;
    size_t slot = (size_t)(h >> 54) & (SHAPE_SLOTS - 1);
    shape_slot *sh = &r->shapes[slot];
    uint64_t *bits = r->shape_bits + slot * r->nw;
    if (sh->used && sh->key == key && sh->len == k)
        return bits;
    const uint64_t *first = NULL;
    if (k) {
        unsigned char c = (unsigned char)s[0];
        uint64_t *fb = r->first_bits + (size_t)c * r->nw;
        if (!r->first_done[c]) {
            allowed_by(r, s, 1, NULL, fb);
            r->first_done[c] = 1;
        }
        first = fb;
    }
    allowed_by(r, s, k, first, bits);
    sh->key = key;
    sh->len = (unsigned char)k;
    sh->used = 1;
    return bits;
}


int ats_redactor_new(ats_redactor **out, const ats_profile *p, ats_redact_map *map,
                     ats_line_cb cb, void *user, ats_error *err)
{
    *out = NULL;
    int prc = p ? ats_profile_check_complete(p, err) : 0;
    if (prc < 0)
        return prc;
    ats_redactor *r = calloc(1, sizeof *r);
    if (!r)
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    r->p = p;
    r->map = map;
    r->flags = map ? map->flags : 0;
    r->cb = cb;
    r->user = user;
    r->next_kind = r->payload_kind = -1;
    ats_buf_init(&r->out, (size_t)1 << 30);
    uint32_t groups = 1;
    for (size_t i = 0; i < p->nredact; i++)
        if (p->redact[i].ngroups > groups)
            groups = p->redact[i].ngroups;
    r->md = pcre2_match_data_create(groups, NULL);
    r->active = calloc(p->nredact + 1, 1);
    r->after_ok = calloc(p->nredact + 1, 1);
    if (!r->md || !r->active || !r->after_ok) {
        ats_redactor_free(r);
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < p->nredact; i++) {
        const ats_predact *e = &p->redact[i];
        int want = 0;
        for (uint32_t g = 0; g < e->ngroups; g++) {
            int k = e->group_kind[g];
            if (k >= 0 && ((k != ATS_RK_IP && k != ATS_RK_HOST) || (r->flags & ATS_REDACT_HOSTS)))
                want = 1;
        }
        r->active[i] = (unsigned char)(want || e->next_kind >= 0 || e->payload_kind >= 0);
    }
    if (plan(r) < 0) {
        ats_redactor_free(r);
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    /* the memo's key holds the "after" matches in one word */
    if (r->naft <= 64 && !(r->memo = calloc(MEMO_SLOTS, sizeof *r->memo))) {
        ats_redactor_free(r);
        return ats_err(err, ATS_ENOMEM, NULL, 0, 0, "out of memory");
    }
    *out = r;
    return 0;
}

const ats_keyed_line *ats_redactor_keyed(const ats_redactor *r) { return r ? &r->kl : NULL; }

void ats_redactor_no_memo(ats_redactor *r)
{
    free(r->memo);
    r->memo = NULL;
}

void ats_redactor_free(ats_redactor *r)
{
    if (!r)
        return;
    pcre2_match_data_free(r->md);
    free(r->active);
    free(r->after_ok);
    free(r->order);
    free(r->aft);
    free(r->shapes);
    free(r->shape_bits);
    free(r->first_bits);
    free(r->memo);
    ats_buf_free(&r->out);
    ats_redact_map_free(r->own);
    free(r);
}

uint64_t ats_redactor_masked(const ats_redactor *r) { return r ? r->masked : 0; }

int ats_redactor_finish(ats_redactor *r, ats_error *err)
{
    (void)r;
    (void)err;
    return 0;
}

static int luhn_ok(const char *s, size_t n)
{
    int sum = 0, dbl = 0;
    size_t digits = 0;
    for (size_t i = n; i-- > 0;) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        int d = s[i] - '0';
        if (dbl && (d *= 2) > 9)
            d -= 9;
        sum += d;
        dbl = !dbl;
        digits++;
    }
    return digits > 1 && sum % 10 == 0;
}

static void add_span(ats_redactor *r, size_t a, size_t b, int kind)
{
    a += r->base;
    b += r->base;
    if (a >= b || r->nspans == MAX_SPANS)
        return;
    for (size_t i = 0; i < r->nspans; i++)
        if (a < r->spans[i].b && r->spans[i].a < b)
            return;               /* overlaps what an earlier entry masks */
    r->spans[r->nspans].a = a;
    r->spans[r->nspans].b = b;
    r->spans[r->nspans].kind = kind;
    r->nspans++;
}

static int wanted(const ats_redactor *r, int kind)
{
    return kind >= 0 && ((kind != ATS_RK_IP && kind != ATS_RK_HOST) ||
                         (r->flags & ATS_REDACT_HOSTS));
}

/* Every match of entry e in the line (a pattern such as an address may
 * occur several times), its groups noted as spans. */
static void entry_spans(ats_redactor *r, const ats_predact *e, const char *s, size_t n)
{
    size_t from = 0;
    size_t pk = e->ci_prefix_len;
    if (pk && (n < pk || ats_ascii_casecmp(s, pk, e->ci_prefix, pk) != 0))
        return;
    for (int rounds = 0; rounds < MAX_SPANS && from <= n; rounds++) {
        if (from == 0 && ats_re_cannot_match(&e->match, s, n))
            return;
        pcre2_code *c = ats_re_run_code(&e->match);
        int rc = c != e->match.code
                     ? pcre2_jit_match(c, (PCRE2_SPTR)s, n, from, 0, r->md, r->p->mctx)
                     : pcre2_match(c, (PCRE2_SPTR)s, n, from, 0, r->md, r->p->mctx);
        if (rc < 0)
            return;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(r->md);
        uint32_t nov = pcre2_get_ovector_count(r->md);
        for (uint32_t g = 1; g < e->ngroups && g < nov; g++) {
            int k = e->group_kind[g];
            if (!wanted(r, k) || ov[2 * g] == PCRE2_UNSET)
                continue;
            size_t a = ov[2 * g], b = ov[2 * g + 1];
            if (e->luhn && !luhn_ok(s + a, b - a))
                continue;
            add_span(r, a, b, k);
        }
        if (e->next_kind >= 0)
            r->next_kind = e->next_kind;
        size_t end = ov[1];
        if (e->anchored)
            return;               /* anchored: one match per line */
        from = end > ov[0] ? end : end + 1;
    }
}

/* A value already masked elsewhere is masked wherever it shows up again (a
 * host library printing the number it dialled, an echo in a note): each
 * word of the line (letters and digits, with a leading '+') long enough not
 * to be mistaken for other text is looked up in the map, so the cost is one
 * pass over the line whatever the map holds. */
#define PROPAGATE_MIN 6

/* letters and digits: what a word of known_spans is made of */
static const unsigned char word_tab[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
    ['8'] = 1, ['9'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
    ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
    ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1,
    ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1,
    ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
    ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1};

static int word_byte(char c) { return word_tab[(unsigned char)c]; }

/* The end of the word going on at s[b]: sixteen bytes a step (SSE2), then
 * eight, while all are letters or digits (payload lines in hex are words of
 * hundreds of bytes). In the eight-byte test a byte x < 0x80 is in [lo, hi] when x + (0x80 - lo) has its high bit and
 * x + (0x7f - hi) has not; no sum carries into the next byte, and a byte
 * with its high bit set (never a word byte) fails the test by ~w. */
static size_t word_end(const char *s, size_t b, size_t n)
{
#if defined(__SSE2__)
    /* sixteen a step where SSE2 is there: as signed bytes, those with the
     * high bit are below '0' and, ORed with 0x20, below 'a' */
    const __m128i d0 = _mm_set1_epi8('0' - 1), d9 = _mm_set1_epi8('9' + 1),
                  la = _mm_set1_epi8('a' - 1), lz = _mm_set1_epi8('z' + 1),
                  sp = _mm_set1_epi8(0x20);
    while (b + 16 <= n) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + b));
        __m128i y = _mm_or_si128(x, sp);
        __m128i ok = _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(x, d0), _mm_cmplt_epi8(x, d9)),
                                  _mm_and_si128(_mm_cmpgt_epi8(y, la), _mm_cmplt_epi8(y, lz)));
        unsigned m = (unsigned)_mm_movemask_epi8(ok) ^ 0xFFFFu;
        if (m)
            return b + (size_t)__builtin_ctz(m);
        b += 16;
    }
#endif
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    while (b + 8 <= n) {
        uint64_t w, y;
        memcpy(&w, s + b, 8);
        y = w | ones * 0x20;
        uint64_t digit = (w + ones * 0x50) & ~(w + ones * 0x46);
        uint64_t letter = (y + ones * 0x1F) & ~(y + ones * 0x05);
        if (((digit | letter) & ~w & highs) != highs)
            break;
        b += 8;
    }
    while (b < n && word_byte(s[b]))
        b++;
    return b;
}

static void known_spans(ats_redactor *r, const ats_redact_map *m, const char *s, size_t n)
{
    static const int kinds[] = {ATS_RK_IMEI, ATS_RK_IMSI,  ATS_RK_ICCID,   ATS_RK_PHONE,
                                ATS_RK_PIN,  ATS_RK_USER, ATS_RK_PASSWORD};
    if (!m || !m->n || n < PROPAGATE_MIN)
        return;
    /* A word that could be a value is at least step bytes long (one less
     * than the shortest value: its '+' is not a word byte), so it covers one
     * of every step positions: only those are looked at until one is a
     * word byte, and most lines are passed over in a few probes. */
    size_t shortest = m->min_len > PROPAGATE_MIN ? m->min_len : PROPAGATE_MIN;
    size_t step = shortest - 1;
    for (size_t i = step - 1; i < n && r->nspans < MAX_SPANS;) {
        if (!word_byte(s[i])) {
            i += step;
            continue;
        }
        size_t a = i, b = i + 1;
        while (a > 0 && word_byte(s[a - 1]))
            a--;
        b = word_end(s, b, n);
        size_t from = a && s[a - 1] == '+' ? a - 1 : a;
        for (size_t st = from; st <= a; st++) {
            if (b - st < shortest || !(m->lens & ((uint64_t)1 << ((b - st) & 63))))
                continue;
            unsigned pr = (unsigned)(unsigned char)s[st] << 8 | (unsigned char)s[st + 1];
            if (!(m->pairs[pr >> 6] & ((uint64_t)1 << (pr & 63))))
                continue;
            uint32_t hb = hash_bytes(s + st, b - st);
            size_t k;
            for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
                if (map_find(m, kinds[k], s + st, b - st, hash_kind(hb, kinds[k])))
                    break;
            if (k < sizeof kinds / sizeof kinds[0]) {
                add_span(r, st, b, kinds[k]);
                break;
            }
        }
        i = b + step;             /* the next word starts after b */
    }
}

static const char *token_for(ats_redactor *r, int kind, const char *s, size_t n, int *nomem)
{
    static const char *const bare[ATS_RK_COUNT] = {"<IMEI>", "<IMSI>", "<ICCID>", "<PHONE>",
                                                    "<SMS>",  "<PIN>",  "<USER>",  "<PASSWORD>",
                                                    "<IP>",   "<HOST>"};
    uint32_t h = hash_of(kind, s, n);
    const rvalue *v = NULL;
    if (r->map && !r->map->frozen)
        v = map_add(r->map, kind, s, n, h, nomem);
    else if (r->map && (v = map_find(r->map, kind, s, n, h)) == NULL) {
        /* A value the map made before the run lacks: numbered after it, in
         * this capture's order (it cannot happen when the map was made by
         * reading the same captures). */
        if (!r->own && ats_redact_map_new(&r->own, r->flags) < 0) {
            *nomem = 1;
            return bare[kind];
        }
        memcpy(r->own->per_kind, r->map->per_kind, sizeof r->own->per_kind);
        v = map_add(r->own, kind, s, n, h, nomem);
    }
    return v ? v->token : bare[kind];
}

static int span_cmp(const void *a, const void *b)
{
    const mspan *x = a, *y = b;
    return x->a < y->a ? -1 : x->a > y->a;
}

/* The masked text into r->out: each span replaced by its value's token. */
static int rebuild(ats_redactor *r, const char *s, size_t n)
{
    int nomem = 0;
    r->out.len = 0;
    qsort(r->spans, r->nspans, sizeof r->spans[0], span_cmp);
    size_t at = 0;
    for (size_t i = 0; i < r->nspans; i++) {
        const mspan *m = &r->spans[i];
        const char *t = token_for(r, m->kind, s + m->a, m->b - m->a, &nomem);
        tell(r, m->a, m->b, m->kind, t, strlen(t));
        if (ats_buf_append(&r->out, s + at, m->a - at) != 0 ||
            ats_buf_append(&r->out, t, strlen(t)) != 0)
            nomem = 1;
        at = m->b;
        r->masked++;
    }
    if (ats_buf_append(&r->out, s + at, n - at) != 0)
        nomem = 1;
    return nomem ? ATS_ENOMEM : 0;
}

/* A message body or PDU: the same number of bytes, so payload lengths and
 * the send's framing stay as they were; the Ctrl-Z, ESC or line end that
 * ends it stays. */
static int fill_from(ats_redactor *r, const char *s, size_t n, size_t from, int kind)
{
    static const char *const mark[ATS_RK_COUNT] = {"<IMEI>", "<IMSI>", "<ICCID>", "<PHONE>",
                                                    "<SMS>",  "<PIN>",  "<USER>",  "<PASSWORD>",
                                                    "<IP>",   "<HOST>"};
    size_t keep = n;
    while (keep > from && (s[keep - 1] == 0x1A || s[keep - 1] == 0x1B || s[keep - 1] == '\r' ||
                           s[keep - 1] == '\n'))
        keep--;
    r->out.len = 0;
    if (ats_buf_append(&r->out, s, from) != 0)
        return ATS_ENOMEM;
    const char *t = mark[kind];
    size_t tl = strlen(t);
    for (size_t i = 0; i < keep - from; i++) {
        char c = i < tl ? t[i] : '*';
        if (ats_buf_append(&r->out, &c, 1) != 0)
            return ATS_ENOMEM;
    }
    if (ats_buf_append(&r->out, s + keep, n - keep) != 0)
        return ATS_ENOMEM;
    /* counted, not numbered: a message or a key is not an identifier to follow */
    if (r->map && !r->map->frozen && kind < ATS_RK_COUNT)
        r->map->filled[kind]++;
    tell(r, from, keep, kind, r->out.ptr + from, keep - from);
    r->masked++;
    return 0;
}

static int fill(ats_redactor *r, const char *s, size_t n, int kind)
{
    return fill_from(r, s, n, 0, kind);
}

/* What the last command line says about the lines after it. */
static void new_command(ats_redactor *r, const uint64_t *shape, const char *s, size_t n)
{
    const ats_profile *p = r->p;
    r->payload_kind = -1;
    r->next_kind = -1;
    uint64_t sig = 0;
    for (size_t j = 0; j < r->naft; j++) {
        size_t i = r->aft[j];
        const ats_predact *e = &p->redact[i];
        r->after_ok[i] = bit(shape, r->nord + j) &&
                         ats_re_match(&e->after, r->md, p->mctx, s, n) > 0;
        if (r->after_ok[i])
            sig |= (uint64_t)1 << (j & 63);
        if (r->after_ok[i] && e->payload_kind >= 0 && r->payload_kind < 0)
            r->payload_kind = e->payload_kind;
    }
    r->after_sig = sig;
}

static size_t map_size(const ats_redact_map *m) { return m ? m->n : 0; }

/* Is l a repeat of a kept line that masked nothing (see memo_slot)? slot
 * gets where l would be kept, k its words. */
static int memo_hit(ats_redactor *r, const ats_line *l, const char *s, size_t n, memo_slot **slot,
                    ats_line_key *k, uint64_t *hash)
{
    *slot = NULL;
    if (!r->memo || n > MEMO_MAX || r->in_key || r->next_kind >= 0 ||
        (l->flags & ATS_LF_AFTER_PROMPT))
        return 0;
    uint64_t h = ats_line_key_load(k, s, n);
    r->kl.ptr = s;
    r->kl.len = n;
    r->kl.hash = h;
    memo_slot *m = &r->memo[(h >> 40) & (MEMO_SLOTS - 1)];
    *slot = m;
    *hash = h;
    if (m->hash != h || m->len != n || m->kind != (unsigned char)l->kind || m->dir != (unsigned char)l->dir ||
        (!m->cmd && m->after_sig != r->after_sig) || m->map_n != map_size(r->map) ||
        m->own_n != map_size(r->own))
        return 0;
    return ats_line_key_same(m->words, k);
}

static void memo_keep(ats_redactor *r, memo_slot *m, uint64_t h, const ats_line *l, size_t n,
                      const ats_line_key *k, int cmd, uint64_t sig)
{
    m->hash = h;
    m->after_sig = sig;
    m->map_n = map_size(r->map);
    m->own_n = map_size(r->own);
    m->len = (unsigned char)n;
    m->kind = (unsigned char)l->kind;
    m->dir = (unsigned char)l->dir;
    m->cmd = (unsigned char)cmd;
    memcpy(m->words, k->w, k->nw * sizeof k->w[0]);
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Has s[0..n) a run of k ASCII digits, and with max (not 0) a whole run
 * (no digit before or after it) of k to max? An unanchored pattern that
 * needs fifteen (a bare IMEI anywhere) is not tried on lines without one;
 * with max, not on hex payloads whose digit runs are all longer either. A
 * run covers one of every k positions, so only those are looked at until a
 * digit turns up. */
static int has_digit_run(const char *s, size_t n, size_t k, size_t max)
{
    if (!k)
        return 1;
    for (size_t i = k - 1; i < n;) {
        if (!is_digit(s[i])) {
            i += k;
            continue;
        }
        size_t a = i, b = i + 1;
        while (a > 0 && is_digit(s[a - 1]))
            a--;
        while (b < n && is_digit(s[b]))
            b++;
        if (b - a >= k && (!max || b - a <= max))
            return 1;
        i = b + k;            /* the next run starts after b */
    }
    return 0;
}

int ats_redact_digit_gate(const ats_predact *e, const char *s, size_t n)
{
    return has_digit_run(s, n, (size_t)e->min_digits, (size_t)e->max_digits);
}

static int is_final(const char *s, size_t n)
{
    ats_span code;
    return ats_final_classify(s, n, 0, &code) != ATS_FINAL_NONE;
}

/* Does s[0..n) hold w[0..k)? memchr finds w[0]. */
static int contains(const char *s, size_t n, const char *w, size_t k)
{
    const char *end = s + n;
    for (const char *p = memchr(s, w[0], n); p && (size_t)(end - p) >= k;
         p = memchr(p + 1, w[0], (size_t)(end - p - 1)))
        if (!memcmp(p, w, k))
            return 1;
    return 0;
}
#define CONTAINS(s, n, lit) contains((s), (n), (lit), sizeof(lit) - 1)

/* A private key sent to the module (a PEM file after AT+USECMNG's or
 * AT+CCERTDOWN's prompt, inside AT%CMNG's quotes) is a secret whatever
 * the module: the lines after "-----BEGIN ... PRIVATE KEY-----" are masked
 * whole up to "-----END", which a final result or a command also ends (the
 * key was cut, the modem talks). Is l such a line (it ends the key when it
 * holds the END)? */
static int key_line(ats_redactor *r, const ats_line *l, const char *s, size_t n)
{
    if (l->kind != ATS_LINE_PAYLOAD && l->kind != ATS_LINE_TEXT)
        return 0;
    /* a piece of a quoted string over lines (AT%CMNG) is a line with its
     * line ends, and may be the modem answering: judged as one */
    size_t t = l->kind == ATS_LINE_PAYLOAD ? n - ats_eol_tail(s, n) : n;
    if (is_final(s, t) || ats_is_command_text(s, t)) {
        r->in_key = 0;
        return 0;
    }
    if (CONTAINS(s, n, "-----END"))
        r->in_key = 0;
    return n > 0;
}

/* A key's first line: a payload piece that starts with it (a directed
 * capture's piece is the whole file), or a command that carries the key in
 * its quotes (AT%CMNG). Looked for nowhere else, since every line would pay
 * for it. Returns where the key's own lines start in s (after the BEGIN
 * line's line end; n when they start on a later line), or 0 for no key. */
static size_t key_begins(const ats_line *l, int cmd, const char *s, size_t n)
{
    static const char begin[] = "-----BEGIN";
    if (l->kind == ATS_LINE_PAYLOAD
            ? n < sizeof begin - 1 || memcmp(s, begin, sizeof begin - 1)
            : !cmd || !CONTAINS(s, n, begin))
        return 0;
    if (!CONTAINS(s, n, "PRIVATE KEY-----"))
        return 0;
    size_t i = 0;
    while (i < n && s[i] != '\r' && s[i] != '\n')
        i++;
    while (i < n && (s[i] == '\r' || s[i] == '\n'))
        i++;
    return i;
}

/* A host library's own line, a note or an unplaced line that quotes a
 * command ("write command 'AT+CMGS=\"+4915...\"'") holds what the command
 * line would, often before the command line itself: the entries anchored
 * at a line's start are tried where an "AT" starts a command inside it. Not
 * the entries that wait for a command before them (after): the quote is
 * not that command. */
static void embedded_commands(ats_redactor *r, const char *s, size_t n)
{
    int next = r->next_kind;
    for (size_t k = 1; k + 3 <= n && r->nspans < MAX_SPANS; k++) {
        if ((s[k] | 32) != 'a' || (s[k + 1] | 32) != 't' || word_byte(s[k - 1]) || !s[k + 2] ||
            !strchr("+^%#$*&!", s[k + 2]))
            continue;
        const uint64_t *shape = shape_of(r, s + k, n - k);
        r->base = k;
        for (size_t w = 0; w < r->nw; w++)
            for (uint64_t m = shape[w]; m; m &= m - 1) {
                size_t j = w * 64 + (size_t)__builtin_ctzll(m);
                if (j >= r->nord)
                    break;
                const ats_predact *e = &r->p->redact[r->order[j]];
                if (e->anchored && !e->after.code &&
                    (!e->min_digits || ats_redact_digit_gate(e, s + k, n - k)))
                    entry_spans(r, e, s + k, n - k);
            }
        r->base = 0;
    }
    r->next_kind = next;
}

int ats_redactor_feed(ats_redactor *r, const ats_line *l, ats_error *err)
{
    const char *s = l->text.ptr;
    size_t n = l->text.len;
    int rc = 0, changed = 0, cmd = 0;
    memo_slot *slot = NULL;
    uint64_t hash = 0, sig = r->after_sig;
    r->kl.ptr = NULL;
    r->nspans = 0;
    r->cur = l;
    if (r->in_key && key_line(r, l, s, n)) {
        rc = fill(r, s, n, ATS_RK_PASSWORD);
        changed = 1;
    } else if (l->kind == ATS_LINE_PAYLOAD) {
        if (r->payload_kind >= 0 && n) {
            rc = fill(r, s, n, r->payload_kind);
            changed = 1;
        }
    } else if (l->kind != ATS_LINE_PROMPT) {
        if (memo_hit(r, l, s, n, &slot, &r->kl.key, &hash)) {
            if (slot->cmd)
                new_command(r, shape_of(r, s, n), s, n);
            return r->cb(r->user, l) ? ATS_EUSER : 0;
        }
        const uint64_t *shape = shape_of(r, s, n);
        cmd = l->kind == ATS_LINE_TEXT && l->dir != ATS_DIR_RX && ats_is_command_text(s, n);
        if (cmd) {
            new_command(r, shape, s, n);
        } else if (l->kind == ATS_LINE_TEXT && (l->flags & ATS_LF_AFTER_PROMPT) &&
                   r->payload_kind >= 0 && l->dir != ATS_DIR_RX && n && s[0] != '+' &&
                   !is_final(s, n)) {
            /* a prompt that ended its line: the text typed after it */
            rc = fill(r, s, n, r->payload_kind);
            changed = 1;
        } else if (l->kind == ATS_LINE_TEXT && r->next_kind >= 0 && l->dir != ATS_DIR_TX) {
            int k = r->next_kind;
            r->next_kind = -1;
            if (!is_final(s, n) && n) {
                rc = fill(r, s, n, k);
                changed = 1;
            }
        }
        if (!changed) {
            size_t last_k = 0, last_max = 0;   /* has_digit_run's last question and answer */
            int last_has = 1;
            for (size_t w = 0; w < r->nw; w++)
                for (uint64_t m = shape[w]; m; m &= m - 1) {
                    size_t j = w * 64 + (size_t)__builtin_ctzll(m);
                    if (j >= r->nord)
                        break;
                    size_t i = r->order[j];
                    const ats_predact *e = &r->p->redact[i];
                    if (e->min_digits) {
                        if ((size_t)e->min_digits != last_k || (size_t)e->max_digits != last_max) {
                            last_k = (size_t)e->min_digits;
                            last_max = (size_t)e->max_digits;
                            last_has = has_digit_run(s, n, last_k, last_max);
                        }
                        if (!last_has)
                            continue;
                    }
                    if (!e->after.code || r->after_ok[i])
                        entry_spans(r, e, s, n);
                }
            if (l->kind == ATS_LINE_HOST_LOG || l->kind == ATS_LINE_UNPARSED ||
                l->kind == ATS_LINE_ANNOTATION)
                embedded_commands(r, s, n);
            known_spans(r, r->map, s, n);
            if (r->own)
                known_spans(r, r->own, s, n);
            if (r->nspans) {
                rc = rebuild(r, s, n);
                changed = 1;
            }
        }
    }
    size_t key_at;
    if (!r->in_key && !changed && (key_at = key_begins(l, cmd, s, n)) != 0) {
        /* the rest of a piece that holds more than the BEGIN line is the
         * key's; one holding the END is the whole key */
        if (l->kind == ATS_LINE_PAYLOAD && key_at < n) {
            rc = fill_from(r, s, n, key_at, ATS_RK_PASSWORD);
            changed = 1;
        }
        r->in_key = !CONTAINS(s + key_at, n - key_at, "-----END");
    }
    if (rc < 0)
        return ats_err(err, rc, NULL, 0, 0, "out of memory");
    if (r->stop)
        return ats_err(err, ATS_EUSER, NULL, 0, 0, "stopped by the span callback");
    if (!changed) {
        /* nothing masked, no mask pending, no key begun: a repeat does the same */
        if (slot && r->next_kind < 0 && !r->in_key)
            memo_keep(r, slot, hash, l, n, &r->kl.key, cmd, sig);
        return r->cb(r->user, l) ? ATS_EUSER : 0;
    }
    /* the flags stay the line's own: what was masked does not change what
     * the line was (cut, not UTF-8), and the records must read the same */
    ats_line m = *l;
    m.text.ptr = r->out.ptr ? r->out.ptr : "";
    m.text.len = r->out.len;
    return r->cb(r->user, &m) ? ATS_EUSER : 0;
}
