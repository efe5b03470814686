/* ui_redraw.h: how an app asks for a new frame when something changed without input (shell
 * output, a diff read in the sandbox, a run event). The window draws only on demand, so an
 * idle desktop costs next to no CPU. UI thread only. */
#ifndef WORKSIM_UI_REDRAW_H
#define WORKSIM_UI_REDRAW_H

#include <stdbool.h>

void ui_redraw_request(void);
bool ui_redraw_take(void);      /* true once per batch of requests since the last take */

#endif
