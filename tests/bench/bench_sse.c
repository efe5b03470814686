/* bench_sse.c: throughput of the SSE parser alone and of parser + Messages assembler over a
 * large synthetic text stream (median of 7 runs, fed in 16 KiB chunks as curl would), and
 * the latency from a chunk arriving on a socket to the on_text callback through the loop. */
#define _GNU_SOURCE
#include "base/loop.h"
#include "llm/anthropic_stream.h"
#include "llm/sse_parser.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define RUNS 7
#define CHUNK 16384

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return v[n / 2];
}

static const char DELTA_FMT[] =
    "event: content_block_delta\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"%s\"}}\n\n";

/* A complete text stream of about `target` bytes. */
static Buf synthetic_stream(size_t target)
{
    Buf b = {0};
    buf_puts(&b, "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_b\",\"type\":\"message\","
                 "\"role\":\"assistant\",\"model\":\"claude-sonnet-4-6\",\"content\":[],\"stop_reason\":null,"
                 "\"usage\":{\"input_tokens\":17,\"output_tokens\":1}}}\n\n"
                 "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
                 "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n");
    static const char *const words[] = {
        "Sure", ", let", "'s look", " at the", " failing", " test", ": the", " query", " groups",
        " by \\\"region\\\"", " but", " never", " filters", " last\\nmonth", ".", " Try", " adding", " a WHERE",
    };
    char event[512];
    for (size_t i = 0; b.len < target; i++) {
        snprintf(event, sizeof event, DELTA_FMT, words[i % (sizeof words / sizeof words[0])]);
        buf_puts(&b, event);
        if (i % 50 == 0) buf_puts(&b, "event: ping\ndata: {\"type\": \"ping\"}\n\n");
    }
    buf_puts(&b, "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
                 "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                 "\"stop_sequence\":null},\"usage\":{\"output_tokens\":4000}}\n\n"
                 "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
    return b;
}

static bool count_event(void *ud, const char *event, const char *data, size_t len)
{
    (*(size_t *)ud) += len;
    return true;
}

static void bench_throughput(void)
{
    Buf s = synthetic_stream((size_t)64 << 20);
    double mb = (double)s.len / 1e6;
    double parser[RUNS], full[RUNS];
    for (int r = 0; r < RUNS; r++) {
        size_t sink = 0;
        SseParser *p = sse_parser_new(0, count_event, &sink);
        double t0 = util_monotonic_seconds();
        for (size_t at = 0; at < s.len; at += CHUNK)
            sse_parser_feed(p, s.data + at, at + CHUNK <= s.len ? CHUNK : s.len - at);
        parser[r] = mb / (util_monotonic_seconds() - t0);
        sse_parser_free(p);

        AnthropicStream *st = anthropic_stream_new(NULL, NULL);
        t0 = util_monotonic_seconds();
        for (size_t at = 0; at < s.len; at += CHUNK)
            anthropic_stream_feed(st, s.data + at, at + CHUNK <= s.len ? CHUNK : s.len - at);
        bool done = anthropic_stream_finish(st) == ANTHROPIC_STREAM_DONE;
        full[r] = mb / (util_monotonic_seconds() - t0);
        if (!done) fprintf(stderr, "bench: stream did not complete: %s\n", anthropic_stream_error(st));
        anthropic_stream_free(st);
    }
    printf("stream size: %.1f MB of text_delta events, fed in %d-byte chunks, %d runs\n", mb, CHUNK, RUNS);
    printf("sse parser alone:        median %.0f MB/s\n", median(parser, RUNS));
    printf("sse parser + assembler:  median %.0f MB/s\n", median(full, RUNS));
    buf_free(&s);
}

typedef struct Latency {
    AnthropicStream *stream;
    double sent;
    double got;
} Latency;

static void on_text(void *ud, int index, const char *text, size_t len)
{
    Latency *l = ud;
    l->got = util_monotonic_seconds();
}

static void on_readable(void *ud, int fd, int ready)
{
    Latency *l = ud;
    char buf[4096];
    ssize_t n = read(fd, buf, sizeof buf);
    if (n > 0) anthropic_stream_feed(l->stream, buf, (size_t)n);
}

static void bench_latency(void)
{
    enum { N = 2000 };
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) return;
    Loop *loop = loop_new(false);
    Latency l = {0};
    l.stream = anthropic_stream_new(on_text, &l);
    loop_watch_fd(loop, sv[0], LOOP_READ, on_readable, &l);
    static const char head[] = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"m\",\"usage\":{\"input_tokens\":1}}}\n\n"
                               "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n";
    if (write(sv[1], head, sizeof head - 1) < 0) return;
    loop_run_once(loop, 100);
    char event[512];
    snprintf(event, sizeof event, DELTA_FMT, " a typical few-word delta");
    size_t len = strlen(event);
    double *us = xmalloc(N * sizeof *us);
    int got = 0;
    for (int i = 0; i < N; i++) {
        l.got = 0;
        l.sent = util_monotonic_seconds();
        if (write(sv[1], event, len) != (ssize_t)len) break;
        while (l.got == 0 && loop_run_once(loop, 1000)) {}
        us[got++] = (l.got - l.sent) * 1e6;
    }
    double med = median(us, got);
    printf("chunk write -> loop -> on_text latency: median %.1f us, p99 %.1f us (%d events)\n",
           med, us[(int)(got * 0.99)], got);
    free(us);
    loop_unwatch_fd(loop, sv[0]);
    anthropic_stream_free(l.stream);
    loop_free(loop);
    close(sv[0]);
    close(sv[1]);
}

int main(void)
{
    bench_throughput();
    bench_latency();
    return 0;
}
