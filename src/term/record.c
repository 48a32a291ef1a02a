/* record: the session as an asciicast v2 file. A frame is recorded as the
 * bytes an ANSI terminal (what asciinema's players emulate) needs to show
 * it, computed from the screen itself rather than copied from what ncurses
 * sent: those bytes follow the session's terminal type (TERM=linux, vt100,
 * screen), which a player may not speak. Only the cells that changed are
 * sent, as ncurses does, so a recording stays small. Each event line goes
 * to the file in one write(2), no stdio buffer: whatever ends the session
 * (q, SIGHUP, a crash), the file holds whole lines up to the last frame. */
#include "record.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "text.h"

struct buffer {
	char *data;
	size_t len, cap;
	bool failed;  /* out of memory: the frame is not recorded */
};

struct record {
	int fd;
	bool color;
	bool failed;          /* a write failed: nothing more is recorded */
	int error;            /* its errno */
	double start;         /* the monotonic time of the header, seconds */
	double last_time;     /* the last event's time */
	struct screen shown;  /* the last frame recorded (cols 0: none yet) */
	struct buffer frame;  /* the terminal's bytes of a frame */
	struct buffer line;   /* an event line */
	/* the recorded terminal's state after the last frame */
	int row, col;         /* the cursor; -1: unknown */
	struct canvas_ink ink;
	bool cursor_visible;
};

/* ---- bytes ------------------------------------------------------------ */

static void put_bytes(struct buffer *b, const char *bytes, size_t n)
{
	if (b->failed)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (b->len + n + 1 > cap)
			cap *= 2;
		char *grown = realloc(b->data, cap);
		if (grown == NULL) {
			b->failed = true;
			return;
		}
		b->data = grown;
		b->cap = cap;
	}
	memcpy(b->data + b->len, bytes, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static void put_text(struct buffer *b, const char *text)
{
	put_bytes(b, text, strlen(text));
}

static void put_utf8(struct buffer *b, uint32_t cp)
{
	char buf[4];
	put_bytes(b, buf, text_put_char(cp, buf));
}

size_t record_json_string(const char *text, size_t len, char *out)
{
	size_t k = 0;
	out[k++] = '"';
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		if (c == '"' || c == '\\') {
			out[k++] = '\\';
			out[k++] = (char)c;
		} else if (c < 0x20 || c == 0x7f) {
			k += (size_t)sprintf(out + k, "\\u%04x", c);
		} else {
			out[k++] = (char)c; /* UTF-8 passes through */
		}
	}
	out[k++] = '"';
	out[k] = '\0';
	return k;
}

/* ---- the file --------------------------------------------------------- */

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Writes the line whole; on failure, records nothing more. */
static void write_line(struct record *r, const struct buffer *line)
{
	if (r->failed)
		return;
	if (line->failed) {
		r->failed = true;
		r->error = ENOMEM;
		return;
	}
	size_t done = 0;
	while (done < line->len) {
		ssize_t n = write(r->fd, line->data + done, line->len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			r->failed = true;
			r->error = n < 0 ? errno : EIO;
			return;
		}
		done += (size_t)n;
	}
}

static void write_header(struct record *r, int cols, int rows)
{
	struct buffer *l = &r->line;
	l->len = 0;
	l->failed = false;
	char text[256];
	snprintf(text, sizeof text,
	         "{\"version\": 2, \"width\": %d, \"height\": %d, \"timestamp\": %lld, \"title\": \"slope\"}\n",
	         cols, rows, (long long)time(NULL));
	put_text(l, text);
	r->start = now_seconds();
	write_line(r, l);
}

/* One event line: [time, "code", data]. Times never go back, as players
 * expect. */
static void write_event(struct record *r, const char *code, const char *data, size_t len)
{
	double t = now_seconds() - r->start;
	if (t < r->last_time)
		t = r->last_time;
	r->last_time = t;
	struct buffer *l = &r->line;
	l->len = 0;
	l->failed = false;
	char head[64];
	snprintf(head, sizeof head, "[%.6f, \"%s\", ", t, code);
	put_text(l, head);
	char *json = malloc(6 * len + 3);
	if (json == NULL) {
		l->failed = true;
	} else {
		size_t n = record_json_string(data, len, json);
		put_bytes(l, json, n);
		free(json);
	}
	put_text(l, "]\n");
	write_line(r, l);
}

int record_check(const char *path, char *err, size_t errlen)
{
	struct stat st;
	if (lstat(path, &st) == 0) {
		snprintf(err, errlen, _("--record: '%s' exists; give a new file's name (slope never writes over a file)"), path);
		return 2;
	}
	char dir[4096];
	const char *slash = strrchr(path, '/');
	if (slash == NULL)
		snprintf(dir, sizeof dir, ".");
	else if (slash == path)
		snprintf(dir, sizeof dir, "/");
	else
		snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
	if (*path == '\0' || (slash != NULL && slash[1] == '\0')) {
		snprintf(err, errlen, _("--record: '%s' is not a file's name (such as --record lesson.cast)"), path);
		return 2;
	}
	if (access(dir, W_OK | X_OK) != 0) {
		snprintf(err, errlen, _("--record: cannot create a file in '%s': %s"), dir, strerror(errno));
		return 2;
	}
	return 0;
}

struct record *record_open(const char *path, char *err, size_t errlen)
{
	struct record *r = calloc(1, sizeof *r);
	if (r == NULL) {
		snprintf(err, errlen, "%s", _("out of memory"));
		return NULL;
	}
	/* O_EXCL: never over a file, even one made since record_check */
	r->fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	if (r->fd < 0) {
		if (errno == EEXIST)
			snprintf(err, errlen, _("--record: '%s' exists; give a new file's name (slope never writes over a file)"), path);
		else
			snprintf(err, errlen, _("--record: cannot create '%s': %s"), path, strerror(errno));
		free(r);
		return NULL;
	}
	r->row = r->col = -1;
	return r;
}

/* ---- frames ----------------------------------------------------------- */

static bool same_ink(struct canvas_ink a, struct canvas_ink b)
{
	return a.color == b.color && a.bold == b.bold;
}

/* The ink a cell is drawn with, as tui.c draws it: bold always, the color
 * only with color on. */
static struct canvas_ink ink_of(const struct record *r, const struct screen_cell *cell)
{
	struct canvas_ink ink = canvas_style_ink((enum canvas_style)cell->style);
	if (!r->color)
		ink.color = ANSI_DEFAULT;
	return ink;
}

static void set_ink(struct record *r, struct canvas_ink ink)
{
	if (same_ink(ink, r->ink))
		return;
	char sgr[32];
	snprintf(sgr, sizeof sgr, "\033[0%s", ink.bold ? ";1" : "");
	put_text(&r->frame, sgr);
	if (ink.color != ANSI_DEFAULT) {
		snprintf(sgr, sizeof sgr, ";%d", 30 + (int)ink.color);
		put_text(&r->frame, sgr);
	}
	put_text(&r->frame, "m");
	r->ink = ink;
}

static void move_to(struct record *r, int row, int col)
{
	if (r->row == row && r->col == col)
		return;
	char cup[32];
	snprintf(cup, sizeof cup, "\033[%d;%dH", row + 1, col + 1);
	put_text(&r->frame, cup);
	r->row = row;
	r->col = col;
}

static bool is_wide(const struct screen *s, int row, int col)
{
	return col + 1 < s->cols && screen_at(s, row, col + 1)->ch == 0;
}

/* Writes the cell at (row, col), the cursor there. */
static void put_cell(struct record *r, const struct screen *s, int row, int col)
{
	const struct screen_cell *cell = screen_at(s, row, col);
	set_ink(r, ink_of(r, cell));
	put_utf8(&r->frame, cell->ch);
	r->col = col + (is_wide(s, row, col) ? 2 : 1);
	/* at the right edge the terminal's cursor waits to wrap: it is moved
	 * explicitly next time */
	if (r->col >= s->cols)
		r->row = r->col = -1;
}

/* Moves the cursor to (row, col): over a short gap of narrow cells on the
 * same row by writing them again (as they are: fewer bytes than a move). */
static void reach(struct record *r, const struct screen *s, int row, int col)
{
	if (r->row == row && col > r->col && col - r->col <= 4) {
		bool narrow = true;
		for (int k = r->col; k < col; k++)
			narrow = narrow && screen_at(s, row, k)->ch != 0 && !is_wide(s, row, k);
		if (narrow) {
			while (r->col >= 0 && r->col < col)
				put_cell(r, s, row, r->col);
			return;
		}
	}
	move_to(r, row, col);
}

/* The cells of s that differ from the last recorded frame (all of them
 * when whole, on a cleared terminal: those that are not blank). */
static void put_cells(struct record *r, const struct screen *s, bool whole)
{
	const struct canvas_ink plain = { ANSI_DEFAULT, false };
	for (int row = 0; row < s->rows; row++) {
		for (int col = 0; col < s->cols; col++) {
			const struct screen_cell *cell = screen_at(s, row, col);
			if (whole ? cell->ch == ' ' && same_ink(ink_of(r, cell), plain)
			          : cell->ch == r->shown.cells[row * s->cols + col].ch &&
			            cell->style == r->shown.cells[row * s->cols + col].style)
				continue;
			if (cell->ch == 0)
				continue; /* the second half of a wide character */
			reach(r, s, row, col);
			put_cell(r, s, row, col);
		}
	}
}

static void put_cursor(struct record *r, const struct screen *s)
{
	if (s->cursor_on) {
		move_to(r, s->cursor_row, s->cursor_col);
		if (!r->cursor_visible)
			put_text(&r->frame, "\033[?25h");
	} else if (r->cursor_visible) {
		put_text(&r->frame, "\033[?25l");
	}
	r->cursor_visible = s->cursor_on;
}

void record_frame(struct record *r, const struct screen *s, bool color)
{
	if (r == NULL || r->failed)
		return;
	r->color = color;
	bool first = r->shown.cols == 0;
	bool resized = !first && (r->shown.cols != s->cols || r->shown.rows != s->rows);
	if (first)
		write_header(r, s->cols, s->rows);
	if (resized) {
		char size[32];
		int n = snprintf(size, sizeof size, "%dx%d", s->cols, s->rows);
		write_event(r, "r", size, (size_t)n);
	}
	struct buffer *f = &r->frame;
	f->len = 0;
	f->failed = false;
	bool whole = first || resized;
	if (whole) {
		screen_free(&r->shown);
		if (screen_init(&r->shown, s->cols, s->rows) != 0) {
			r->failed = true;
			r->error = ENOMEM;
			return;
		}
		/* a reset terminal, cleared, the cursor hidden and home */
		put_text(f, "\033[0m\033[?25l\033[H\033[2J");
		r->ink = (struct canvas_ink){ ANSI_DEFAULT, false };
		r->cursor_visible = false;
		r->row = r->col = 0;
	}
	put_cells(r, s, whole);
	put_cursor(r, s);
	if (f->failed) {
		r->failed = true;
		r->error = ENOMEM;
		return;
	}
	if (f->len > 0)
		write_event(r, "o", f->data, f->len);
	memcpy(r->shown.cells, s->cells, (size_t)s->cols * (size_t)s->rows * sizeof *s->cells);
}

int record_close(struct record *r, char *err, size_t errlen)
{
	if (r == NULL)
		return 0;
	int status = 0;
	if (close(r->fd) != 0 && !r->failed) {
		r->failed = true;
		r->error = errno;
	}
	if (r->failed) {
		snprintf(err, errlen, _("--record: writing the recording failed after %.1f s: %s"),
		         r->last_time, strerror(r->error));
		status = -1;
	}
	screen_free(&r->shown);
	free(r->frame.data);
	free(r->line.data);
	free(r);
	return status;
}
