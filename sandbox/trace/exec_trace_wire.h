/* exec_trace_wire.h: the line format of the exec trace, written by the tracer inside a
 * sandbox (sandbox/trace/exec_tracer.c, in worksim-ns-init and the guest agent) and read by
 * the engine (sandbox/exec_trace.c). One record per line, fields separated by one space;
 * every string field escapes the bytes below 0x21, 0x7f, 0x80-0xff and '\' as \xHH, so a
 * field never holds a space or a newline.
 *
 *   T 1                     the tracer is active (first line); nothing before it counts
 *   X PID PPID FLAGS TIME CWD PATH REAL ARGC ARG...   one execve/execveat, before it ran
 *   L REASON                the tracer stopped: later execs are not recorded (trace lost)
 *
 * TIME is the wall clock (CLOCK_REALTIME, seconds.microseconds) when the exec was caught: the
 * same clock as bash's $EPOCHREALTIME, which the shell integration's C and D markers carry, so
 * the engine can tell which command an exec belongs to whatever order it reads the two streams.
 * PATH is the program as the syscall named it, made absolute against the caller's cwd (or
 * execveat's folder fd) and cleaned of "." and ".."; REAL is its symlinks resolved ("-" when
 * that failed). ARGC is the number of arguments; at most EXEC_TRACE_MAX_ARGS follow, each cut
 * to EXEC_TRACE_MAX_ARG bytes. A field that could not be read is "-" (with FLAGS bit
 * EXEC_TRACE_UNREADABLE); a string that is exactly "-" is written \x2d. */
#ifndef WORKSIM_SANDBOX_EXEC_TRACE_WIRE_H
#define WORKSIM_SANDBOX_EXEC_TRACE_WIRE_H

enum {
    EXEC_TRACE_MAX_ARGS = 16,        /* arguments kept per exec */
    EXEC_TRACE_MAX_ARG = 256,        /* bytes kept per argument */
    EXEC_TRACE_MAX_PATH = 4096,      /* bytes of a path */
    EXEC_TRACE_COUNT_ARGS = 4096,    /* arguments counted at most (ARGC) */
    EXEC_TRACE_MAX_LINE = 4 * (EXEC_TRACE_MAX_PATH * 3 + EXEC_TRACE_MAX_ARGS * EXEC_TRACE_MAX_ARG) + 256
};

/* FLAGS bits. */
enum {
    EXEC_TRACE_UNREADABLE = 1,       /* the caller's memory could not be read (non-dumpable, gone) */
    EXEC_TRACE_NOT_EXECUTABLE = 2,   /* PATH was no executable regular file: the exec fails */
    EXEC_TRACE_ARGS_CUT = 4          /* an argument was longer than EXEC_TRACE_MAX_ARG */
};

#endif
