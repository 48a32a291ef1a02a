/* snapshot: screens saved as text files. The file appears whole or not at
 * all: it is written under a temporary name in the same directory and then
 * hard-linked to its final name, which fails rather than replace a file
 * that exists (rename would replace it). */
#include "snapshot.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "render.h"

/* Tries -1, -2, ... up to this many when snapshots share a second. */
#define MAX_SUFFIX 999

static int write_temporary(const char *dir, const struct screen *s, char *tmp, size_t len,
                           char *err, size_t errlen)
{
	snprintf(tmp, len, "%s/.slope-snapshot-XXXXXX", dir);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		snprintf(err, errlen, _("cannot write in %s: %s"), dir, strerror(errno));
		return -1;
	}
	/* mkstemp makes it private (0600); a snapshot is for sharing */
	fchmod(fd, 0644);
	FILE *f = fdopen(fd, "w");
	if (f == NULL) {
		snprintf(err, errlen, _("cannot write in %s: %s"), dir, strerror(errno));
		close(fd);
		unlink(tmp);
		return -1;
	}
	int bad = render_screen(f, s, false) != 0 || fflush(f) != 0 || fsync(fd) != 0;
	int saved = errno;
	bad |= fclose(f) != 0;
	if (bad) {
		snprintf(err, errlen, _("cannot write in %s: %s"), dir, strerror(saved ? saved : EIO));
		unlink(tmp);
		return -1;
	}
	return 0;
}

int snapshot_write(const char *dir, const struct screen *s, time_t when,
                   char *name, size_t namelen, char *err, size_t errlen)
{
	char tmp[4096], path[4096], stamp[32];
	struct tm tm;
	if (localtime_r(&when, &tm) == NULL || strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm) == 0) {
		snprintf(err, errlen, _("cannot tell the time for the file's name"));
		return -1;
	}
	if (strlen(dir) > sizeof tmp - 64) {
		snprintf(err, errlen, _("the directory's name is too long"));
		return -1;
	}
	if (write_temporary(dir, s, tmp, sizeof tmp, err, errlen) != 0)
		return -1;
	int status = -1;
	for (int i = 0; i <= MAX_SUFFIX; i++) {
		if (i == 0)
			snprintf(name, namelen, "slope-%s.txt", stamp);
		else
			snprintf(name, namelen, "slope-%s-%d.txt", stamp, i);
		snprintf(path, sizeof path, "%s/%s", dir, name);
		if (link(tmp, path) == 0) {
			status = 0;
			break;
		}
		if (errno != EEXIST) {
			snprintf(err, errlen, _("cannot write %s: %s"), path, strerror(errno));
			break;
		}
	}
	if (status != 0 && errno == EEXIST)
		snprintf(err, errlen, _("%d snapshots in one second already in %s"), MAX_SUFFIX + 1, dir);
	unlink(tmp);
	return status;
}

void snapshot_if_asked(struct app *app, const struct screen *s)
{
	if (!app->snapshot_requested)
		return;
	app->snapshot_requested = false;
	char name[256], err[APP_MESSAGE_MAX];
	if (snapshot_write(app->snapshot_dir, s, time(NULL), name, sizeof name, err, sizeof err) == 0)
		app_note(app, _("wrote %s"), name);
	else
		app_note(app, _("no snapshot: %s"), err);
}
