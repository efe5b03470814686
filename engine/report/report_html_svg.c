/* report_html_svg.c: the dashboard's charts as inline SVG (no script, no fonts, no network):
 * a horizontal bar per label for a percentage, its value written after the bar, and an
 * optional tick (the pass mark) across it. Labels are stored text and are escaped. */
#include "report/report_html.h"

#include <math.h>

enum { LABEL_W = 230, BAR_W = 360, ROW_H = 20, VALUE_W = 56 };

void svg_bar_chart(Buf *b, const char *title, const SvgBar *bars, int n)
{
    int height = n * ROW_H + 24;
    buf_printf(b, "<svg class=\"chart\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\"><title>",
               LABEL_W + BAR_W + VALUE_W, height, LABEL_W + BAR_W + VALUE_W, height);
    report_xml_text(b, title);
    buf_puts(b, "</title>\n");
    for (int tick = 0; tick <= 100; tick += 25)
        buf_printf(b, "<line class=\"grid\" x1=\"%d\" y1=\"0\" x2=\"%d\" y2=\"%d\"/><text class=\"axis\" x=\"%d\" y=\"%d\">%d%%</text>",
                   LABEL_W + tick * BAR_W / 100, LABEL_W + tick * BAR_W / 100, n * ROW_H, LABEL_W + tick * BAR_W / 100,
                   n * ROW_H + 16, tick);
    buf_puts(b, "\n");
    for (int i = 0; i < n; i++) {
        const SvgBar *bar = &bars[i];
        double v = isnan(bar->value) ? 0 : bar->value < 0 ? 0 : bar->value > 100 ? 100 : bar->value;
        int y = i * ROW_H;
        buf_printf(b, "<text class=\"label\" x=\"%d\" y=\"%d\">", LABEL_W - 6, y + 14);
        report_xml_text(b, bar->label);
        buf_printf(b, "</text><rect class=\"bar %s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>",
                   bar->cls ? bar->cls : "", LABEL_W, y + 3, v * BAR_W / 100, ROW_H - 6);
        if (!isnan(bar->mark))
            buf_printf(b, "<line class=\"mark\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", LABEL_W + bar->mark * BAR_W / 100,
                       y + 1, LABEL_W + bar->mark * BAR_W / 100, y + ROW_H - 1);
        buf_printf(b, "<text class=\"value\" x=\"%d\" y=\"%d\">", LABEL_W + BAR_W + 6, y + 14);
        html_percent(b, bar->value);
        buf_puts(b, isnan(bar->value) ? "</text>\n" : "%</text>\n");
    }
    buf_puts(b, "</svg>\n");
}
