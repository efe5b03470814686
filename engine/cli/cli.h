/* cli.h: the command-line front end (DESIGN §9, contract). cli_main parses global options,
 * dispatches to one cmd_* function per subcommand and maps outcomes to exit codes. */
#ifndef WORKSIM_CLI_H
#define WORKSIM_CLI_H

enum { EXIT_OK = 0, EXIT_BELOW = 1, EXIT_USAGE = 2, EXIT_INFRA = 3 };

int cli_main(int argc, char **argv);

#endif
