/* ui_markdown_emoji.c: the emoji shortcodes colleagues type in chat (":tada:", ":+1:"), the
 * common ones of Slack and GitHub, and which code points count as emoji (ui_markdown_model.h).
 * Each emoji is one code point (no variation selector): the desktop draws it from the colour
 * emoji font or, failing that, from a text font that has it. */
#include "ui/ui_markdown_model.h"

#include <string.h>

typedef struct Shortcode {
    const char *name;
    const char *utf8;
} Shortcode;

static const Shortcode SHORTCODES[] = {
    {"+1", "\xF0\x9F\x91\x8D"},                  /* U+1F44D thumbs up */
    {"thumbsup", "\xF0\x9F\x91\x8D"},
    {"-1", "\xF0\x9F\x91\x8E"},                  /* U+1F44E */
    {"thumbsdown", "\xF0\x9F\x91\x8E"},
    {"tada", "\xF0\x9F\x8E\x89"},                /* U+1F389 party popper */
    {"rocket", "\xF0\x9F\x9A\x80"},              /* U+1F680 */
    {"white_check_mark", "\xE2\x9C\x85"},        /* U+2705 */
    {"heavy_check_mark", "\xE2\x9C\x94"},        /* U+2714 */
    {"check", "\xE2\x9C\x94"},
    {"x", "\xE2\x9D\x8C"},                       /* U+274C */
    {"warning", "\xE2\x9A\xA0"},                 /* U+26A0 */
    {"rotating_light", "\xF0\x9F\x9A\xA8"},      /* U+1F6A8 */
    {"fire", "\xF0\x9F\x94\xA5"},                /* U+1F525 */
    {"bug", "\xF0\x9F\x90\x9B"},                 /* U+1F41B */
    {"eyes", "\xF0\x9F\x91\x80"},                /* U+1F440 */
    {"wave", "\xF0\x9F\x91\x8B"},                /* U+1F44B */
    {"pray", "\xF0\x9F\x99\x8F"},                /* U+1F64F */
    {"clap", "\xF0\x9F\x91\x8F"},                /* U+1F44F */
    {"muscle", "\xF0\x9F\x92\xAA"},              /* U+1F4AA */
    {"ok_hand", "\xF0\x9F\x91\x8C"},             /* U+1F44C */
    {"raised_hands", "\xF0\x9F\x99\x8C"},        /* U+1F64C */
    {"point_right", "\xF0\x9F\x91\x89"},         /* U+1F449 */
    {"point_up", "\xE2\x98\x9D"},                /* U+261D */
    {"smile", "\xF0\x9F\x98\x84"},               /* U+1F604 */
    {"smiley", "\xF0\x9F\x98\x83"},              /* U+1F603 */
    {"grinning", "\xF0\x9F\x98\x80"},            /* U+1F600 */
    {"slightly_smiling_face", "\xF0\x9F\x99\x82"}, /* U+1F642 */
    {"wink", "\xF0\x9F\x98\x89"},                /* U+1F609 */
    {"joy", "\xF0\x9F\x98\x82"},                 /* U+1F602 */
    {"sweat_smile", "\xF0\x9F\x98\x85"},         /* U+1F605 */
    {"thinking", "\xF0\x9F\xA4\x94"},            /* U+1F914 */
    {"thinking_face", "\xF0\x9F\xA4\x94"},
    {"confused", "\xF0\x9F\x98\x95"},            /* U+1F615 */
    {"disappointed", "\xF0\x9F\x98\x9E"},        /* U+1F61E */
    {"cry", "\xF0\x9F\x98\xA2"},                 /* U+1F622 */
    {"scream", "\xF0\x9F\x98\xB1"},              /* U+1F631 */
    {"sunglasses", "\xF0\x9F\x98\x8E"},          /* U+1F60E */
    {"facepalm", "\xF0\x9F\xA4\xA6"},            /* U+1F926 */
    {"shrug", "\xF0\x9F\xA4\xB7"},               /* U+1F937 */
    {"heart", "\xE2\x9D\xA4"},                   /* U+2764 */
    {"star", "\xE2\xAD\x90"},                    /* U+2B50 */
    {"sparkles", "\xE2\x9C\xA8"},                /* U+2728 */
    {"zap", "\xE2\x9A\xA1"},                     /* U+26A1 */
    {"boom", "\xF0\x9F\x92\xA5"},                /* U+1F4A5 */
    {"100", "\xF0\x9F\x92\xAF"},                 /* U+1F4AF */
    {"bulb", "\xF0\x9F\x92\xA1"},                /* U+1F4A1 */
    {"memo", "\xF0\x9F\x93\x9D"},                /* U+1F4DD */
    {"pencil", "\xF0\x9F\x93\x9D"},
    {"pencil2", "\xE2\x9C\x8F"},                 /* U+270F */
    {"books", "\xF0\x9F\x93\x9A"},               /* U+1F4DA */
    {"book", "\xF0\x9F\x93\x96"},                /* U+1F4D6 */
    {"link", "\xF0\x9F\x94\x97"},                /* U+1F517 */
    {"lock", "\xF0\x9F\x94\x92"},                /* U+1F512 */
    {"unlock", "\xF0\x9F\x94\x93"},              /* U+1F513 */
    {"key", "\xF0\x9F\x94\x91"},                 /* U+1F511 */
    {"wrench", "\xF0\x9F\x94\xA7"},              /* U+1F527 */
    {"hammer", "\xF0\x9F\x94\xA8"},              /* U+1F528 */
    {"gear", "\xE2\x9A\x99"},                    /* U+2699 */
    {"construction", "\xF0\x9F\x9A\xA7"},        /* U+1F6A7 */
    {"package", "\xF0\x9F\x93\xA6"},             /* U+1F4E6 */
    {"mag", "\xF0\x9F\x94\x8D"},                 /* U+1F50D */
    {"chart_with_upwards_trend", "\xF0\x9F\x93\x88"}, /* U+1F4C8 */
    {"calendar", "\xF0\x9F\x93\x86"},            /* U+1F4C6 */
    {"clock", "\xF0\x9F\x95\x90"},               /* U+1F550 */
    {"hourglass", "\xE2\x8C\x9B"},               /* U+231B */
    {"coffee", "\xE2\x98\x95"},                  /* U+2615 */
    {"pizza", "\xF0\x9F\x8D\x95"},               /* U+1F355 */
    {"beers", "\xF0\x9F\x8D\xBB"},               /* U+1F37B */
    {"cake", "\xF0\x9F\x8D\xB0"},                /* U+1F370 */
    {"trophy", "\xF0\x9F\x8F\x86"},              /* U+1F3C6 */
    {"dart", "\xF0\x9F\x8E\xAF"},                /* U+1F3AF */
    {"ship", "\xF0\x9F\x9A\xA2"},                /* U+1F6A2 */
    {"shipit", "\xF0\x9F\x90\xBF"},              /* U+1F43F squirrel */
    {"computer", "\xF0\x9F\x92\xBB"},            /* U+1F4BB */
    {"email", "\xF0\x9F\x93\xA7"},               /* U+1F4E7 */
    {"bell", "\xF0\x9F\x94\x94"},                /* U+1F514 */
    {"speech_balloon", "\xF0\x9F\x92\xAC"},      /* U+1F4AC */
    {"question", "\xE2\x9D\x93"},                /* U+2753 */
    {"exclamation", "\xE2\x9D\x97"},             /* U+2757 */
    {"no_entry", "\xE2\x9B\x94"},                /* U+26D4 */
    {"stop_sign", "\xF0\x9F\x9B\x91"},           /* U+1F6D1 */
    {"red_circle", "\xF0\x9F\x94\xB4"},          /* U+1F534 */
    {"large_green_circle", "\xF0\x9F\x9F\xA2"},  /* U+1F7E2 */
    {"green_heart", "\xF0\x9F\x92\x9A"},         /* U+1F49A */
    {"arrow_right", "\xE2\x9E\xA1"},             /* U+27A1 */
    {"recycle", "\xE2\x99\xBB"},                 /* U+267B */
    {"sos", "\xF0\x9F\x86\x98"},                 /* U+1F198 */
};

const char *ui_md_emoji_for(const char *name, size_t len)
{
    for (size_t i = 0; i < sizeof SHORTCODES / sizeof SHORTCODES[0]; i++)
        if (strlen(SHORTCODES[i].name) == len && memcmp(SHORTCODES[i].name, name, len) == 0) return SHORTCODES[i].utf8;
    return NULL;
}

bool ui_md_is_emoji_codepoint(uint32_t c)
{
    return (c >= 0x1F000 && c <= 0x1FAFF)    /* mahjong .. symbols and pictographs extended-A */
           || (c >= 0x2600 && c <= 0x27BF)   /* miscellaneous symbols, dingbats */
           || (c >= 0x2B00 && c <= 0x2BFF)   /* arrows and stars (U+2B50 star) */
           || c == 0x231A || c == 0x231B || c == 0x23F0 || c == 0x23F3;
}
