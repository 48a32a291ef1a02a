/* snapshot: screens saved as text files. The file appears whole or not at
 * all: it is written under a temporary name in the same directory and then
 * hard-linked to its final name, which fails rather than replace a file
 * that exists (rename would replace it). On a file system without hard
 * links (FAT, some network mounts) the final name is created exclusively
 * and written in place instead: never over a file, though no longer in one
 * step. */
#include "snapshot.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "render.h"

/* Tries -1, -2, ... up to this many when snapshots share a second. */
#define MAX_SUFFIX 999

/* What goes in the file, written by a function of the caller's. */
struct content {
	snapshot_writer write;
	const void *ctx;
};

/* Writes the content to the new file fd names as path, and closes it; on
 * failure the file goes and err says why. */
static int write_content(int fd, const char *path, const char *dir, const struct content *c,
                         char *err, size_t errlen)
{
	/* a snapshot is for sharing (mkstemp makes it private, 0600) */
	fchmod(fd, 0644);
	FILE *f = fdopen(fd, "w");
	if (f == NULL) {
		snprintf(err, errlen, _("cannot write in %s: %s"), dir, strerror(errno));
		close(fd);
		unlink(path);
		return -1;
	}
	errno = 0;
	int bad = c->write(f, c->ctx) != 0 || fflush(f) != 0 || fsync(fd) != 0;
	int saved = errno;
	bad |= fclose(f) != 0;
	if (bad) {
		snprintf(err, errlen, _("cannot write in %s: %s"), dir, strerror(saved ? saved : EIO));
		unlink(path);
		return -1;
	}
	return 0;
}

static int write_temporary(const char *dir, const struct content *c, char *tmp, size_t len,
                           char *err, size_t errlen)
{
	snprintf(tmp, len, "%s/.slope-snapshot-XXXXXX", dir);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		snprintf(err, errlen, _("cannot write in %s: %s"), dir, strerror(errno));
		return -1;
	}
	return write_content(fd, tmp, dir, c, err, errlen);
}

/* Whether link failed because the file system has no hard links. */
static bool no_hard_links(int error)
{
	return error == EPERM || error == ENOTSUP || error == EOPNOTSUPP || error == ENOSYS ||
	       error == EMLINK;
}

/* The fallback: path created only if no file has that name. 0; 1 when the
 * name is taken; -1 with err on another failure. */
static int write_exclusive(const char *path, const char *dir, const struct content *c,
                           char *err, size_t errlen)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
	if (fd < 0) {
		if (errno == EEXIST)
			return 1;
		snprintf(err, errlen, _("cannot write %s: %s"), path, strerror(errno));
		return -1;
	}
	return write_content(fd, path, dir, c, err, errlen);
}

int snapshot_write_file(const char *dir, const char *extension, snapshot_writer write,
                        const void *ctx, time_t when, char *name, size_t namelen, char *err,
                        size_t errlen)
{
	const struct content content = { write, ctx };
	char tmp[4096], path[4096], stamp[32];
	struct tm tm;
	if (errlen > 0)
		err[0] = '\0';
	if (localtime_r(&when, &tm) == NULL || strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm) == 0) {
		snprintf(err, errlen, _("cannot tell the time for the file's name"));
		return -1;
	}
	if (strlen(dir) > sizeof tmp - 64) {
		snprintf(err, errlen, _("the directory's name is too long"));
		return -1;
	}
	if (write_temporary(dir, &content, tmp, sizeof tmp, err, errlen) != 0)
		return -1;
	int status = -1;
	bool linking = true, taken = false;
	for (int i = 0; i <= MAX_SUFFIX; i++) {
		if (i == 0)
			snprintf(name, namelen, "slope-%s.%s", stamp, extension);
		else
			snprintf(name, namelen, "slope-%s-%d.%s", stamp, i, extension);
		snprintf(path, sizeof path, "%s/%s", dir, name);
		if (linking && link(tmp, path) == 0) {
			status = 0;
			break;
		}
		if (linking && no_hard_links(errno))
			linking = false;
		if (!linking) {
			int rc = write_exclusive(path, dir, &content, err, errlen);
			if (rc <= 0) {
				status = rc;
				break;
			}
		} else if (errno != EEXIST) {
			snprintf(err, errlen, _("cannot write %s: %s"), path, strerror(errno));
			break;
		}
		taken = true;
	}
	if (status != 0 && taken && err[0] == '\0')
		snprintf(err, errlen, _("%d snapshots in one second already in %s"), MAX_SUFFIX + 1, dir);
	unlink(tmp);
	return status;
}

static int write_screen(FILE *f, const void *screen)
{
	return render_screen(f, screen, false);
}

int snapshot_write(const char *dir, const struct screen *s, time_t when,
                   char *name, size_t namelen, char *err, size_t errlen)
{
	return snapshot_write_file(dir, "txt", write_screen, s, when, name, namelen, err, errlen);
}

int snapshot_screen(struct app *app, const struct screen *s)
{
	char name[256], err[APP_MESSAGE_MAX];
	if (snapshot_write(app->snapshot_dir, s, time(NULL), name, sizeof name, err, sizeof err) == 0) {
		app_note(app, _("wrote %s"), name);
		return 0;
	}
	app_note(app, _("no snapshot: %s"), err);
	return -1;
}
