/* test_events.c: the typed event schema (engine/core/events.h): every kind round-trips through
 * its builder and parser with every field set and with only the required ones, parsing refuses
 * missing or mistyped fields, and docs/events.md documents exactly the kinds and fields listed. */
#include "core/events.h"
#include "testlib.h"
#include "base/util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Fills every field of a kind's struct (all, or only the required ones) with a value derived
 * from the field's position, so a swapped or dropped field shows. */
static void fill(EventKind k, void *buf, bool all, cJSON **json_values)
{
    EventFieldInfo f;
    for (size_t i = 0; event_field_info(k, i, &f); i++) {
        char *p = (char *)buf + f.offset;
        bool set = all || f.required;
        switch (f.type) {
        case EVF_STR: *(const char **)p = set ? (i % 2 ? "two \"quoted\"\nlines" : "plain") : NULL; break;
        case EVF_NUM: *(double *)p = set ? (double)i + 0.5 : NAN; break;
        case EVF_BOOL: *(bool *)p = set; break;
        case EVF_JSON: {
            cJSON *v = cJSON_CreateObject();
            cJSON_AddNumberToObject(v, "n", (double)i);
            json_values[i] = v;
            *(const cJSON **)p = set ? v : NULL;
            break;
        }
        }
    }
}

static void check_round_trip(EventKind k, bool all)
{
    size_t size = event_struct_size(k);
    REQUIRE(size > 0);
    void *in = xcalloc(1, size), *out = xcalloc(1, size);
    cJSON *values[32] = {0};
    fill(k, in, all, values);
    char *json = event_to_json(k, in);
    cJSON *doc = NULL;
    char *err = NULL;
    bool ok = event_from_json(k, json, out, &doc, &err);
    if (!ok) testlib_fail(__FILE__, __LINE__, "%s: %s (%s)", event_kind_name(k), err, json);
    EventFieldInfo f;
    for (size_t i = 0; ok && event_field_info(k, i, &f); i++) {
        const char *a = (char *)in + f.offset, *b = (char *)out + f.offset;
        switch (f.type) {
        case EVF_STR: {
            const char *x = *(const char *const *)a, *y = *(const char *const *)b;
            if (!x) CHECK(y == NULL);
            else CHECK_STR_EQ(y, x);
            break;
        }
        case EVF_NUM: {
            double x = *(const double *)a, y = *(const double *)b;
            CHECK(isnan(x) ? isnan(y) : x == y);
            break;
        }
        case EVF_BOOL: CHECK(*(const bool *)a == *(const bool *)b); break;
        case EVF_JSON: {
            const cJSON *x = *(const cJSON *const *)a, *y = *(const cJSON *const *)b;
            if (!x) CHECK(y == NULL);
            else CHECK(y && cJSON_Compare(x, y, true));
            break;
        }
        }
    }
    for (int i = 0; i < 32; i++) cJSON_Delete(values[i]);
    cJSON_Delete(doc);
    free(err);
    free(json);
    free(in);
    free(out);
}

static void test_events_every_kind_round_trips_full_and_minimal(void)
{
    for (int k = 1; k < EV_KIND_COUNT; k++) {
        check_round_trip((EventKind)k, true);
        check_round_trip((EventKind)k, false);
    }
}

static void test_events_kind_names_map_both_ways(void)
{
    for (int k = 1; k < EV_KIND_COUNT; k++)
        CHECK_INT_EQ(event_kind_from_name(event_kind_name((EventKind)k)), k);
    CHECK_INT_EQ(event_kind_from_name("no_such_kind"), EV_UNKNOWN);
    CHECK_INT_EQ(event_kind_from_name(NULL), EV_UNKNOWN);
    CHECK(event_kind_name(EV_UNKNOWN) == NULL);
}

static void test_events_parse_refuses_missing_and_mistyped_fields(void)
{
    EvMessage m;
    cJSON *doc = NULL;
    char *err = NULL;
    CHECK(!ev_message_parse("{\"from\":\"priya\"}", &m, &doc, &err));
    CHECK_CONTAINS(err, "text: missing");
    free(err);
    err = NULL;
    CHECK(!ev_message_parse("{\"from\":\"priya\",\"text\":5}", &m, &doc, &err));
    CHECK_CONTAINS(err, "text: expected a string");
    free(err);
    err = NULL;
    CHECK(!ev_message_parse("[1]", &m, &doc, &err));
    CHECK_CONTAINS(err, "not a JSON object");
    free(err);
    err = NULL;
    CHECK(doc == NULL);
    REQUIRE(ev_message_parse("{\"from\":\"priya\",\"channel\":null,\"text\":\"hi\"}", &m, &doc, &err));
    CHECK(m.channel == NULL);
    CHECK_STR_EQ(m.text, "hi");
    cJSON_Delete(doc);
}

static void test_events_optional_fields_are_omitted_when_absent(void)
{
    char *json = ev_message_json(&(EvMessage){.from = "learner", .to = "priya", .text = "hello"});
    CHECK_STR_EQ(json, "{\"from\":\"learner\",\"to\":\"priya\",\"text\":\"hello\"}");
    free(json);
    json = ev_command_json(&(EvCommand){.line = "ls", .exit = 0, .output = "", .output_total = 0, .seconds = 0.25});
    CHECK(strstr(json, "timed_out") == NULL);
    CHECK_CONTAINS(json, "\"seconds\":0.25");
    free(json);
}

static void test_events_docs_list_every_kind_and_field(void)
{
    char *err = NULL;
    char *doc = util_read_file(WORKSIM_TESTS_DIR "/../docs/events.md", NULL, &err);
    REQUIRE(doc != NULL);
    for (int k = 1; k < EV_KIND_COUNT; k++) {
        char *heading = xasprintf("\n### `%s`\n", event_kind_name((EventKind)k));
        if (!strstr(doc, heading)) testlib_fail(__FILE__, __LINE__, "docs/events.md lacks %s", heading);
        const char *section = strstr(doc, heading);
        const char *next = section ? strstr(section + 5, "\n### ") : NULL;
        EventFieldInfo f;
        for (size_t i = 0; section && event_field_info((EventKind)k, i, &f); i++) {
            char *cell = xasprintf("| `%s` |", f.name);
            const char *at = strstr(section, cell);
            if (!at || (next && at > next))
                testlib_fail(__FILE__, __LINE__, "docs/events.md: %s lacks field %s", heading, f.name);
            free(cell);
        }
        free(heading);
    }
    free(doc);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_events_every_kind_round_trips_full_and_minimal),
        TEST_CASE(test_events_kind_names_map_both_ways),
        TEST_CASE(test_events_parse_refuses_missing_and_mistyped_fields),
        TEST_CASE(test_events_optional_fields_are_omitted_when_absent),
        TEST_CASE(test_events_docs_list_every_kind_and_field),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
