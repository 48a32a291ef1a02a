/* wstatus: runs a command and tells how it ended, for the end-to-end tests.
 * A shell reports 143 both for a program that exited 143 and for one that
 * SIGTERM killed; only wait() tells them apart. It writes the child's pid
 * to PIDFILE (so a test signals exactly that process), then "exit N" or
 * "signal N" to STATUSFILE; each file appears whole, by rename.
 * usage: wstatus PIDFILE STATUSFILE COMMAND [ARG...] */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static int write_whole(const char *path, const char *text)
{
	char partial[4096];
	snprintf(partial, sizeof partial, "%s.partial", path);
	FILE *f = fopen(partial, "w");
	if (f == NULL)
		return -1;
	fputs(text, f);
	if (fclose(f) != 0)
		return -1;
	return rename(partial, path);
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: wstatus PIDFILE STATUSFILE COMMAND [ARG...]\n");
		return 2;
	}
	pid_t pid = fork();
	if (pid < 0) {
		perror("wstatus: fork");
		return 2;
	}
	if (pid == 0) {
		execvp(argv[3], argv + 3);
		perror("wstatus: exec");
		_exit(127);
	}
	/* The tests signal the child alone; a stray signal must not end the
	 * wait before the child is gone. */
	signal(SIGINT, SIG_IGN);
	signal(SIGTERM, SIG_IGN);
	signal(SIGHUP, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	char text[64];
	snprintf(text, sizeof text, "%ld\n", (long)pid);
	if (write_whole(argv[1], text) != 0)
		perror("wstatus: pid file");
	int status;
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR) {
			perror("wstatus: waitpid");
			return 2;
		}
	}
	if (WIFSIGNALED(status))
		snprintf(text, sizeof text, "signal %d\n", WTERMSIG(status));
	else
		snprintf(text, sizeof text, "exit %d\n", WEXITSTATUS(status));
	if (write_whole(argv[2], text) != 0)
		perror("wstatus: status file");
	return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
}
