/* ui_redraw.c: the one pending-redraw flag of the desktop (see ui_redraw.h). */
#include "ui/ui_redraw.h"

static bool pending;

void ui_redraw_request(void) { pending = true; }

bool ui_redraw_take(void)
{
    bool was = pending;
    pending = false;
    return was;
}
