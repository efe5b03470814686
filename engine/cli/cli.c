/* cli.c: global options and dispatch of worksim subcommands (DESIGN §9). */
#include "cli.h"

#include <stdio.h>
#include <string.h>

int cli_main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--version") == 0) {
        printf("worksim %s\n", WORKSIM_VERSION);
        return EXIT_OK;
    }
    fprintf(stderr, "worksim: not implemented yet\n");
    return EXIT_USAGE;
}
