/* tui: the dashboard's curses layer. It maps keys to app actions, lays the
 * panes out from app_layout, and draws each frame from the app's state into
 * windows that are refreshed once (ncurses then sends only changed cells).
 * It blocks on input while idle and wakes only for autoplay ticks. */
#include "tui.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <time.h>
#include <unistd.h>

#include "figures.h"
#include "keys.h"

/* Set by the signal handler, read by the loop. The handler also writes a
 * byte to a pipe the loop polls, so a signal that lands just before poll()
 * still wakes it; it does nothing else. */
static volatile sig_atomic_t quit_signal;
static int signal_pipe[2] = { -1, -1 };

static void on_quit_signal(int sig)
{
	int saved = errno;
	quit_signal = sig;
	if (signal_pipe[1] >= 0 && write(signal_pipe[1], "", 1) < 0) {
		/* full or gone: the flag alone still ends the loop */
	}
	errno = saved;
}

struct pane {
	WINDOW *win;
	struct canvas *canvas;
	struct app_rect rect;
	int strip_rows;  /* only grows until the next layout: a strip that
	                    wraps one line more must not move the figure */
};

struct tui {
	struct app *app;
	struct pane pane[2];
	WINDOW *status;
	struct figure_cache *cache;
	struct app_layout layout;
	enum canvas_mode mode;
	bool color;
	int cols, rows;
	FILE *log;  /* SLOPE_LOG: one line per frame; nothing else may print */
};

static const char *const pane_titles[2] = { "tangent", "descent" };

/* ---- terminal checks and setup ------------------------------------------------ */

int tui_check_terminal(char *err, size_t errlen)
{
	const char *hint = "use 'slope plot' or 'slope descend' for text output";
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		snprintf(err, errlen, "the dashboard needs a terminal on standard input and output; %s", hint);
		return 2;
	}
	int status;
	if (setupterm(NULL, STDOUT_FILENO, &status) != OK) {
		const char *term = getenv("TERM");
		snprintf(err, errlen, "the terminal type '%s' is unknown; set TERM, or %s",
		         term ? term : "", hint);
		return 2;
	}
	/* A terminal that cannot move the cursor (TERM=dumb) would show a
	 * jumble: refuse it as an unknown one. */
	const char *cup = tigetstr("cup");
	bool addressable = cup != NULL && cup != (char *)-1;
	del_curterm(cur_term);
	cur_term = NULL;
	if (!addressable) {
		snprintf(err, errlen, "the terminal type '%s' cannot move the cursor; %s",
		         getenv("TERM") ? getenv("TERM") : "", hint);
		return 2;
	}
	return 0;
}

static void set_flags(int fd, int flags)
{
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | flags);
	fcntl(fd, F_SETFD, FD_CLOEXEC);
}

static void install_signals(void)
{
	if (pipe(signal_pipe) == 0) {
		set_flags(signal_pipe[0], O_NONBLOCK);
		set_flags(signal_pipe[1], O_NONBLOCK);
	}
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_quit_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a signal must wake poll() so the loop can leave. */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

static void init_colors(void)
{
	start_color();
	use_default_colors();
	for (int s = STYLE_NONE + 1; s < STYLE_COUNT; s++) {
		struct canvas_ink ink = canvas_style_ink((enum canvas_style)s);
		init_pair((short)s, (short)ink.color, -1);
	}
}

static void restore_signals(void)
{
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	for (int i = 0; i < 2; i++) {
		if (signal_pipe[i] >= 0)
			close(signal_pipe[i]);
		signal_pipe[i] = -1;
	}
}

/* ---- drawing -------------------------------------------------------------- */

static attr_t style_attr(const struct tui *t, enum canvas_style s)
{
	if (s == STYLE_NONE)
		return A_NORMAL;
	struct canvas_ink ink = canvas_style_ink(s);
	attr_t a = ink.bold ? A_BOLD : A_NORMAL;
	if (t->color && ink.color != ANSI_DEFAULT)
		a |= COLOR_PAIR(s);
	return a;
}

/* Copies a canvas into a window at (row, col); empty cells stay as werase
 * left them, so only drawn cells cost anything. */
static void put_canvas(const struct tui *t, WINDOW *w, int row, int col,
                       const struct canvas *c)
{
	for (int r = 0; r < canvas_rows(c); r++) {
		for (int k = 0; k < canvas_cols(c); k++) {
			enum canvas_style s;
			uint16_t glyph = canvas_cell(c, k, r, &s);
			if (glyph == ' ')
				continue;
			attr_t a = style_attr(t, s);
			if (glyph < 0x80) {
				mvwaddch(w, row + r, col + k, (chtype)glyph | a);
			} else {
				wchar_t wc[2] = { (wchar_t)glyph, 0 };
				cchar_t cc;
				setcchar(&cc, wc, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
				mvwadd_wch(w, row + r, col + k, &cc);
			}
		}
	}
}

static void draw_border(const struct tui *t, WINDOW *w, enum app_pane which)
{
	bool focused = t->app->focus == which;
	attr_t a = focused ? A_BOLD : A_NORMAL;
	if (focused && t->color)
		a |= COLOR_PAIR(STYLE_TITLE);
	wattron(w, a);
	if (t->mode == CANVAS_ASCII)
		wborder(w, '|', '|', '-', '-', '+', '+', '+', '+');
	else
		box(w, 0, 0);
	const struct expr *e = which == PANE_TANGENT ? t->app->curve : t->app->surface;
	char title[160];
	snprintf(title, sizeof title, "%s %s: %s%s ", focused ? "[*]" : "",
	         pane_titles[which], which == PANE_TANGENT ? "f(x) = " : "f(x0, x1) = ",
	         expr_text(e));
	int width = getmaxx(w) - 4;
	if (width > 0)
		mvwaddnstr(w, 0, 2, title + (focused ? 0 : 1), width);
	wattroff(w, a);
}

/* The strip under a figure: items wrapped whole; returns its line count. */
static int strip_lines(const struct tui *t, enum app_pane which, int width,
                       char out[][APP_LINE_MAX], int max_lines)
{
	char items[APP_ITEMS][APP_ITEM_MAX];
	int n = which == PANE_TANGENT ? app_tangent_items(t->app, items)
	                               : app_descent_items(t->app, items);
	return app_wrap(items, n, width, out, max_lines);
}

static void render_figure(struct tui *t, enum app_pane which, struct canvas *c)
{
	const struct app *app = t->app;
	if (which == PANE_TANGENT) {
		int dots = 0;
		struct tangent_params p = {
			objective_of_expr(app->curve), NULL, app->a, app->h,
			app->xrange[0], app->xrange[1], app->secant, &dots,
		};
		if (figure_tangent(c, &p) == 0)
			app_set_tangent_dots(t->app, dots);
		return;
	}
	struct descent_params p = {
		&app->problem, NULL, { app->view[0], app->view[1], app->view[2], app->view[3] },
		app->view_fit, app->history, app->view_fit ? app->count : app->current + 1, app->current,
		app->current < app->steps && !app->stopped, app->field, t->cache,
	};
	figure_descent(c, &p);
}

enum { STRIP_MAX_LINES = 5 };

/* Draws a pane: border, figure, strip. The figure is rendered again only
 * when refigure is set or its size changed; otherwise the canvas of the last
 * frame is copied back. */
static void draw_pane(struct tui *t, enum app_pane which, bool refigure)
{
	struct pane *p = &t->pane[which];
	if (p->win == NULL)
		return;
	int inner_cols = p->rect.cols - 2, inner_rows = p->rect.rows - 2;
	char strip[STRIP_MAX_LINES][APP_LINE_MAX];
	int nlines = strip_lines(t, which, inner_cols, strip, STRIP_MAX_LINES);
	if (nlines > p->strip_rows)
		p->strip_rows = nlines;
	int fig_rows = inner_rows - p->strip_rows;
	werase(p->win);
	draw_border(t, p->win, which);
	int min_cols, min_rows;
	figure_min_size(which == PANE_TANGENT ? FIGURE_TANGENT : FIGURE_DESCENT, &min_cols, &min_rows);
	if (inner_cols >= min_cols && fig_rows >= min_rows) {
		if (canvas_cols(p->canvas) != inner_cols || canvas_rows(p->canvas) != fig_rows)
			refigure = canvas_resize(p->canvas, inner_cols, fig_rows) == 0;
		if (refigure)
			render_figure(t, which, p->canvas);
		put_canvas(t, p->win, 1, 1, p->canvas);
	}
	for (int i = 0; i < nlines; i++)
		mvwaddnstr(p->win, 1 + fig_rows + i, 1, strip[i], inner_cols);
	wnoutrefresh(p->win);
}

static void draw_status(struct tui *t)
{
	WINDOW *w = t->status;
	const struct app *app = t->app;
	werase(w);
	if (app->editor.active) {
		const char *label = app->editor.target == PANE_TANGENT ? "f(x) = " : "f(x0, x1) = ";
		const struct app_editor *ed = &app->editor;
		int room = t->cols - (int)strlen(label) - 1;
		/* A text longer than the line scrolls so the cursor stays in view. */
		int first = (int)ed->cursor > room ? (int)ed->cursor - room : 0;
		mvwaddstr(w, 0, 0, label);
		waddnstr(w, ed->text + first, room);
		if (ed->error[0]) {
			wattron(w, A_BOLD);
			waddstr(w, "   ");
			waddstr(w, ed->error);
			wattroff(w, A_BOLD);
		}
		wmove(w, 0, (int)strlen(label) + (int)ed->cursor - first);
	} else {
		char status[256];
		app_status(app, status, sizeof status);
		mvwaddnstr(w, 0, 0, status, t->cols);
	}
	wnoutrefresh(w);
}

static void draw_help(const struct tui *t)
{
	size_t n;
	const struct key_binding *b = key_bindings(&n);
	int rows = (int)n + 4, cols = 66;
	if (rows > t->rows)
		rows = t->rows;
	if (cols > t->cols)
		cols = t->cols;
	WINDOW *w = newwin(rows, cols, (t->rows - rows) / 2, (t->cols - cols) / 2);
	if (w == NULL)
		return;
	if (t->mode == CANVAS_ASCII)
		wborder(w, '|', '|', '-', '-', '+', '+', '+', '+');
	else
		box(w, 0, 0);
	mvwaddnstr(w, 0, 2, " keys (any key closes) ", cols - 4);
	for (size_t i = 0; i < n && (int)i + 2 < rows - 1; i++) {
		char line[128];
		snprintf(line, sizeof line, "%-10s %s", b[i].names, b[i].help);
		mvwaddnstr(w, (int)i + 2, 2, line, cols - 4);
	}
	wnoutrefresh(w);
	delwin(w);
}

static void draw_too_small(const struct tui *t)
{
	char line[80];
	snprintf(line, sizeof line, "slope needs %dx%d; this is %dx%d", APP_MIN_COLS, APP_MIN_ROWS,
	         t->cols, t->rows);
	int len = (int)strlen(line);
	erase();
	mvaddnstr(t->rows / 2, len < t->cols ? (t->cols - len) / 2 : 0, line, t->cols);
	wnoutrefresh(stdscr);
}

static void draw(struct tui *t, unsigned redraw)
{
	if (t->layout.too_small) {
		draw_too_small(t);
		doupdate();
		return;
	}
	/* Borders show the focus and strips follow every change, so each pane is
	 * redrawn; only a pane whose figure changed renders it again. */
	draw_pane(t, PANE_TANGENT, redraw & REDRAW_TANGENT);
	draw_pane(t, PANE_DESCENT, redraw & REDRAW_DESCENT);
	draw_status(t);
	if (t->app->help_open)
		draw_help(t);
	curs_set(t->app->editor.active ? 1 : 0);
	if (t->app->editor.active)
		wnoutrefresh(t->status);
	doupdate();
}

/* ---- layout --------------------------------------------------------------- */

static void drop_windows(struct tui *t)
{
	for (int i = 0; i < 2; i++) {
		if (t->pane[i].win)
			delwin(t->pane[i].win);
		t->pane[i].win = NULL;
	}
	if (t->status)
		delwin(t->status);
	t->status = NULL;
}

static int lay_out(struct tui *t)
{
	getmaxyx(stdscr, t->rows, t->cols);
	drop_windows(t);
	t->layout = app_layout(t->app, t->cols, t->rows);
	erase();
	wnoutrefresh(stdscr);
	if (t->layout.too_small)
		return 0;
	for (int i = 0; i < 2; i++) {
		struct app_rect r = t->layout.pane[i];
		t->pane[i].rect = r;
		t->pane[i].strip_rows = 0;
		if (r.rows > 0 && (t->pane[i].win = newwin(r.rows, r.cols, r.row, r.col)) == NULL)
			return -1;
	}
	struct app_rect s = t->layout.status;
	t->status = newwin(s.rows, s.cols, s.row, s.col);
	return t->status ? 0 : -1;
}

/* ---- input ---------------------------------------------------------------- */

static int editor_key(int ch)
{
	switch (ch) {
	case KEY_LEFT: return APP_KEY_LEFT;
	case KEY_RIGHT: return APP_KEY_RIGHT;
	case KEY_HOME: case 1: return APP_KEY_HOME;            /* Ctrl-A */
	case KEY_END: case 5: return APP_KEY_END;              /* Ctrl-E */
	case 21: return APP_KEY_KILL_LINE;                     /* Ctrl-U */
	case KEY_BACKSPACE: case 127: case 8: return APP_KEY_BACKSPACE;
	case KEY_DC: return APP_KEY_DELETE;
	case 27: return APP_KEY_CANCEL;
	case '\n': case '\r': case KEY_ENTER: return APP_KEY_ENTER;
	default: return ch;
	}
}

/* Handles one key; returns what to redraw. */
static unsigned handle_key(struct tui *t, int ch)
{
	struct app *app = t->app;
	if (ch == KEY_RESIZE) {
		if (lay_out(t) != 0)
			app->quit = true;
		return REDRAW_ALL;
	}
	if (app->editor.active)
		return app_edit_key(app, editor_key(ch));
	enum app_action act = key_action(ch);
	if (act == ACT_NONE && app->help_open)
		act = ACT_HELP; /* any key closes the help */
	if (act == ACT_HELP && app->help_open) {
		app->help_open = false;
		return REDRAW_ALL;
	}
	enum app_pane focus = app->focus;
	unsigned redraw = app_apply(app, act);
	if (app->focus != focus && t->layout.pane[app->focus].rows == 0 && lay_out(t) == 0)
		redraw = REDRAW_ALL; /* one pane at a time: show the other one */
	return redraw;
}

enum wake { WAKE_QUIT, WAKE_TICK, WAKE_INPUT, WAKE_SIGNAL };

/* Waits for input, or for the next autoplay tick. */
static enum wake wait_input(const struct app *app)
{
	struct pollfd fds[2] = {
		{ STDIN_FILENO, POLLIN, 0 },
		{ signal_pipe[0], POLLIN, 0 },  /* ignored by poll when -1 */
	};
	int timeout = app->autoplay ? app->autoplay_ms : -1;
	int n = poll(fds, 2, timeout);
	if (quit_signal)
		return WAKE_QUIT;
	if (n < 0)
		return errno == EINTR ? WAKE_SIGNAL : WAKE_QUIT;
	if (n == 0)
		return WAKE_TICK;
	if (fds[0].revents & (POLLERR | POLLNVAL))
		return WAKE_QUIT;
	if (fds[0].revents == 0)
		return WAKE_SIGNAL;
	return WAKE_INPUT; /* POLLIN, or POLLHUP: getch then finds the end */
}

static double now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

/* Draws a frame; with SLOPE_LOG set, logs how long it took to compose and
 * write it. */
static void frame(struct tui *t, unsigned redraw)
{
	double start = t->log ? now_us() : 0;
	draw(t, redraw);
	if (t->log) {
		fprintf(t->log, "frame %dx%d redraw=%u draw_us=%.1f iter=%ld\n", t->cols, t->rows,
		        redraw, now_us() - start, app_current(t->app)->iter);
		fflush(t->log);
	}
}

/* Returns the exit status: 0 when the user quit (q) or input ended, 128
 * plus the signal's number for SIGINT (Ctrl-C), SIGTERM and SIGHUP, as a
 * shell reports them. */
static int run_loop(struct tui *t)
{
	struct app *app = t->app;
	frame(t, REDRAW_ALL);
	while (!app->quit && !quit_signal) {
		enum wake why = wait_input(app);
		if (why == WAKE_QUIT)
			break;
		unsigned redraw = 0;
		if (why == WAKE_TICK) {
			redraw = app_apply(app, ACT_TICK);
		} else {
			/* After a signal (SIGWINCH) getch may hold a KEY_RESIZE or
			 * nothing. After input, nothing means the input has ended:
			 * a dropped connection must end the program, not spin. */
			int ch = getch();
			if (ch == ERR && why == WAKE_INPUT)
				break;
			for (; ch != ERR && !app->quit; ch = getch())
				redraw |= handle_key(t, ch);
		}
		if (redraw && !app->quit)
			frame(t, redraw);
	}
	return quit_signal == SIGINT || quit_signal == SIGTERM || quit_signal == SIGHUP ? 128 + quit_signal : 0;
}

int tui_run(struct app *app, enum canvas_mode mode, bool color, char *err,
            size_t errlen)
{
	struct tui t;
	memset(&t, 0, sizeof t);
	t.app = app;
	t.mode = mode;
	const char *log_path = getenv("SLOPE_LOG");
	if (log_path && *log_path && (t.log = fopen(log_path, "a")) == NULL) {
		snprintf(err, errlen, "SLOPE_LOG: cannot open '%s' for writing", log_path);
		return 1;
	}
	set_escdelay(25);
	/* newterm, unlike initscr, returns instead of exiting on failure. */
	SCREEN *screen = newterm(NULL, stdout, stdin);
	if (screen == NULL) {
		snprintf(err, errlen, "could not start the terminal");
		if (t.log)
			fclose(t.log);
		return 1;
	}
	install_signals();
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	curs_set(0);
	t.color = color && has_colors();
	if (t.color)
		init_colors();
	int status = 0;
	t.cache = figure_cache_new();
	for (int i = 0; i < 2; i++)
		t.pane[i].canvas = canvas_new(1, 1, mode);
	if (t.cache == NULL || t.pane[0].canvas == NULL || t.pane[1].canvas == NULL ||
	    lay_out(&t) != 0) {
		snprintf(err, errlen, "out of memory");
		status = 1;
	} else {
		status = run_loop(&t);
	}
	drop_windows(&t);
	endwin();
	delscreen(screen);
	restore_signals();
	for (int i = 0; i < 2; i++)
		canvas_free(t.pane[i].canvas);
	figure_cache_free(t.cache);
	if (t.log)
		fclose(t.log);
	return status;
}
