/* tui: the dashboard's terminal layer, and the only file that calls curses.
 * It sets the terminal up and restores it on every way out, turns the
 * terminal's keys into neutral key codes for the app, and copies the cells
 * the scene composes to the screen (ncurses then sends only the cells that
 * changed) and to --record's file. The loop never starves the screen: keys that arrive together
 * are applied together, long runs are computed in slices between reads of
 * the keyboard, and a frame is drawn at least every 100 ms while anything
 * changes. It blocks on input while idle. */
#include "tui.h"
#include "i18n.h"

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

#include "export_app.h"
#include "keys.h"
#include "scene.h"
#include "snapshot.h"

/* Updates computed between two looks at the keyboard: a few milliseconds. */
#define WORK_SLICE 20000
/* The longest the screen may lag behind the state while keys or work keep
 * coming. */
#define FRAME_EVERY_MS 100

/* Set by the signal handler, read by the loop. The handler also writes a
 * byte to a pipe the loop polls, so a signal that lands just before poll()
 * still wakes it; it does nothing else. */
static volatile sig_atomic_t quit_signal;
static const int quit_signals[] = { SIGINT, SIGQUIT, SIGTERM, SIGHUP };
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

/* A resize is ncurses' business (its SIGWINCH handler notes the new size
 * and getch then returns KEY_RESIZE), but a SIGWINCH that lands between a
 * frame and poll() would leave the loop asleep until the next key, showing
 * the old size. Ours runs ncurses' handler, then wakes poll() through the
 * same pipe. */
static struct sigaction curses_winch;

static void on_resize_signal(int sig, siginfo_t *info, void *context)
{
	int saved = errno;
	if (curses_winch.sa_flags & SA_SIGINFO)
		curses_winch.sa_sigaction(sig, info, context);
	else if (curses_winch.sa_handler != SIG_DFL && curses_winch.sa_handler != SIG_IGN)
		curses_winch.sa_handler(sig);
	if (signal_pipe[1] >= 0 && write(signal_pipe[1], "", 1) < 0) {
		/* full: poll() wakes for the bytes already there */
	}
	errno = saved;
}

struct tui {
	struct app *app;
	struct scene *scene;
	struct screen screen;
	struct screen shown;  /* what the terminal shows: only cells that
	                         differ from it are handed to curses */
	bool color;
	struct record *record;  /* --record: where each frame also goes */
	FILE *log;  /* SLOPE_LOG: one line per frame; nothing else may print */
	bool quit;  /* a key's effect was EFFECT_QUIT */
};

/* ---- terminal checks and setup ---------------------------------------- */

int tui_check_terminal(char *err, size_t errlen)
{
	/* TRANSLATORS: the hint ends the three messages that follow */
	const char *hint = _("use 'slope plot' or 'slope descend' for text output");
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		snprintf(err, errlen, _("the dashboard needs a terminal on standard input and output; %s"), hint);
		return 2;
	}
	int status;
	if (setupterm(NULL, STDOUT_FILENO, &status) != OK) {
		const char *term = getenv("TERM");
		snprintf(err, errlen, _("the terminal type '%s' is unknown; set TERM, or %s"),
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
		snprintf(err, errlen, _("the terminal type '%s' cannot move the cursor; %s"),
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
	/* Every signal a terminal sends that would end slope: Ctrl-C, Ctrl-\
	 * (cbreak keeps ISIG, so both reach us), a hang-up; and SIGTERM. Ctrl-Z
	 * (SIGTSTP) and SIGWINCH are ncurses' own: it restores the terminal
	 * before stopping and repaints on fg. */
	for (size_t i = 0; i < sizeof quit_signals / sizeof quit_signals[0]; i++)
		sigaction(quit_signals[i], &sa, NULL);
	struct sigaction winch;
	memset(&winch, 0, sizeof winch);
	winch.sa_sigaction = on_resize_signal;
	winch.sa_flags = SA_SIGINFO;
	sigemptyset(&winch.sa_mask);
	sigaction(SIGWINCH, &winch, &curses_winch);
}

static void restore_signals(void)
{
	for (size_t i = 0; i < sizeof quit_signals / sizeof quit_signals[0]; i++)
		signal(quit_signals[i], SIG_DFL);
	sigaction(SIGWINCH, &curses_winch, NULL);
	for (int i = 0; i < 2; i++) {
		if (signal_pipe[i] >= 0)
			close(signal_pipe[i]);
		signal_pipe[i] = -1;
	}
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

/* ---- drawing ---------------------------------------------------------- */

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

static bool same_cell(const struct screen_cell *a, const struct screen_cell *b)
{
	return a->ch == b->ch && a->style == b->style;
}

/* Copies the cells of the composed screen that differ from the shown one
 * to curses' screen, and remembers them as shown. */
static void put_screen(struct tui *t)
{
	const struct screen *s = &t->screen;
	bool all = t->shown.cols != s->cols || t->shown.rows != s->rows;
	if (all) {
		screen_free(&t->shown);
		/* without memory for it, every cell is written each frame */
		screen_init(&t->shown, s->cols, s->rows);
	}
	for (int r = 0; r < s->rows; r++) {
		for (int k = 0; k < s->cols; k++) {
			const struct screen_cell *cell = screen_at(s, r, k);
			if (t->shown.cells != NULL) {
				struct screen_cell *seen = &t->shown.cells[r * s->cols + k];
				if (!all && same_cell(cell, seen))
					continue;
				*seen = *cell;
			}
			if (cell->ch == 0)
				continue; /* the second half of a wide character */
			attr_t a = style_attr(t, (enum canvas_style)cell->style);
			if (cell->ch < 0x80) {
				mvaddch(r, k, (chtype)cell->ch | a);
			} else {
				wchar_t wc[2] = { (wchar_t)cell->ch, 0 };
				cchar_t cc;
				setcchar(&cc, wc, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
				mvadd_wch(r, k, &cc);
			}
		}
	}
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* The processor time slope has used: what a test can bound on a loaded
 * machine, where the time on the clock depends on the load. */
static double cpu_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Composes the screen for the terminal's size. -1 when memory runs out. */
static int compose(struct tui *t)
{
	int cols, rows;
	getmaxyx(stdscr, rows, cols);
	if (cols != t->screen.cols || rows != t->screen.rows) {
		screen_free(&t->screen);
		if (screen_init(&t->screen, cols, rows) != 0)
			return -1;
		app_resize(t->app, cols, rows);
	}
	scene_compose(t->scene, t->app, &t->screen);
	return 0;
}

/* Composes the screen and shows it. -1 when memory runs out. */
static int draw(struct tui *t)
{
	double start = t->log ? now_ms() : 0;
	if (compose(t) != 0)
		return -1;
	put_screen(t);
	if (t->screen.cursor_on)
		move(t->screen.cursor_row, t->screen.cursor_col);
	curs_set(t->screen.cursor_on ? 1 : 0);
	wnoutrefresh(stdscr);
	doupdate();
	record_frame(t->record, &t->screen, t->color);
	if (t->log) {
		fprintf(t->log, "frame %dx%d draw_ms=%.3f iter=%ld busy=%d cpu_ms=%.0f\n", t->screen.cols,
		        t->screen.rows, now_ms() - start, t->app->cursor.current, app_busy(t->app), cpu_ms());
		fflush(t->log);
	}
	return 0;
}

/* ---- input ------------------------------------------------------------ */

/* The neutral code of a curses key, or -1 for keys the dashboard ignores. */
static int key_code(int ch)
{
	switch (ch) {
	case KEY_UP: return KC_UP;
	case KEY_DOWN: return KC_DOWN;
	case KEY_LEFT: return KC_LEFT;
	case KEY_RIGHT: return KC_RIGHT;
	case KEY_PPAGE: return KC_PGUP;
	case KEY_NPAGE: return KC_PGDN;
	case KEY_HOME: return KC_HOME;
	case KEY_END: return KC_END;
	case KEY_DC: return KC_DELETE;
	case KEY_BACKSPACE: case 8: return KC_BACKSPACE;
	case KEY_ENTER: case '\n': return KC_ENTER;
	default: return ch >= 0 && ch <= KC_CHAR_MAX ? ch : -1;
	}
}

enum wake { WAKE_QUIT, WAKE_TIMEOUT, WAKE_INPUT, WAKE_SIGNAL };

/* Waits for input, a signal, or timeout_ms (-1: forever). */
static enum wake wait_input(int timeout_ms)
{
	struct pollfd fds[2] = {
		{ STDIN_FILENO, POLLIN, 0 },
		{ signal_pipe[0], POLLIN, 0 },  /* ignored by poll when -1 */
	};
	int n = poll(fds, 2, timeout_ms);
	if (quit_signal)
		return WAKE_QUIT;
	if (n < 0)
		return errno == EINTR ? WAKE_SIGNAL : WAKE_QUIT;
	if (n == 0)
		return WAKE_TIMEOUT;
	if (fds[1].revents & POLLIN) {
		char drain[64];
		while (read(signal_pipe[0], drain, sizeof drain) > 0)
			; /* a resize's bytes: the next poll sleeps again */
	}
	if (fds[0].revents & (POLLERR | POLLNVAL))
		return WAKE_QUIT;
	if (fds[0].revents == 0)
		return WAKE_SIGNAL;
	return WAKE_INPUT; /* POLLIN, or POLLHUP: getch then finds the end */
}

/* After an Esc: an escape sequence the terminfo does not name (Ctrl-Right
 * under TERM=screen is ESC [ 1 ; 5 C) comes to us byte by byte, ncurses
 * having given up on it. Read right after its Esc, it is consumed whole and
 * ignored (-1), as ncurses ignores the keys it names that we do not bind.
 * Otherwise the Esc is a key, and the key read with it in one go (Alt-q,
 * or Esc then q over a laggy link) stays for the next getch: KC_ESC. */
static int after_escape(void)
{
	int next = getch();
	if (next == '[') {
		/* CSI: parameters and intermediates, then one final byte */
		int ch;
		while ((ch = getch()) != ERR && ch >= 0x20 && ch <= 0x3f)
			;
		if (ch != ERR && !(ch >= 0x40 && ch <= 0x7e))
			ungetch(ch); /* not part of it: a key of its own */
		return -1;
	}
	if (next == 'O') {
		/* SS3: one final byte */
		int ch = getch();
		if (ch >= 0x40 && ch <= 0x7e)
			return -1;
		if (ch != ERR)
			ungetch(ch);
	}
	if (next != ERR)
		ungetch(next);
	return KC_ESC;
}

/* A terminal too small for the dashboard shows only the size it needs and
 * how to quit: there only q acts, so that no key changes what it cannot
 * show (e, then q q, would type into a hidden prompt). */
static bool too_small(void)
{
	int cols, rows;
	getmaxyx(stdscr, rows, cols);
	return layout_of(cols, rows, PANE_TANGENT).too_small;
}

/* Does what a key's effect asks of the driver. */
static void act_on(struct tui *t, enum app_effect effect)
{
	switch (effect) {
	case EFFECT_SNAPSHOT:
		/* w saves the screen as it is when pressed: each w its own file */
		if (compose(t) == 0)
			snapshot_screen(t->app, &t->screen);
		else
			app_note(t->app, _("no snapshot: %s"), _("out of memory"));
		break;
	case EFFECT_EXPORT: export_app_run(t->app, time(NULL)); break;
	case EFFECT_QUIT: t->quit = true; break;
	case EFFECT_NONE: case EFFECT_CHANGED: break;
	}
}

enum keys_read { KEYS_DRAINED, KEYS_WAITING, KEYS_ENDED };

/* Applies every key waiting, or as many as arrive before a frame is due:
 * KEYS_WAITING when it stopped for the frame with keys left. Those may sit
 * in ncurses' own buffer, where poll() cannot see them, so the loop reads
 * again before it polls. KEYS_ENDED when the input has ended (a dropped
 * connection). */
static enum keys_read read_keys(struct tui *t, bool woken_by_input, double frame_due, bool *changed)
{
	int ch = getch();
	if (ch == ERR)
		return woken_by_input ? KEYS_ENDED : KEYS_DRAINED; /* readable yet nothing: the end */
	for (; ch != ERR && !t->quit; ch = getch()) {
		*changed = true;
		if (ch == KEY_RESIZE)
			continue; /* the next frame takes the new size */
		int code = key_code(ch);
		if (code == KC_ESC)
			code = after_escape();
		if (code < 0)
			continue;
		if (too_small()) {
			t->quit = code == 'q';
			continue;
		}
		act_on(t, app_key(t->app, code));
		if (now_ms() >= frame_due)
			return KEYS_WAITING;
	}
	return KEYS_DRAINED;
}

/* Returns the exit status: 0 when the user quit (q) or input ended, 128
 * plus the signal's number for SIGINT (Ctrl-C), SIGQUIT (Ctrl-\), SIGTERM
 * and SIGHUP, as a shell reports them. */
static int run_loop(struct tui *t)
{
	struct app *app = t->app;
	if (draw(t) != 0)
		return 1;
	double last_frame = now_ms(), next_tick = last_frame + app->autoplay.ms;
	bool changed = false, keys_waiting = false;
	while (!t->quit && !quit_signal) {
		bool busy = app_busy(app);
		int timeout = -1;
		if (busy || changed)
			timeout = 0;
		else if (app->autoplay.on)
			timeout = next_tick > now_ms() ? (int)(next_tick - now_ms()) + 1 : 0;
		enum wake why = keys_waiting ? WAKE_SIGNAL : wait_input(timeout);
		if (why == WAKE_QUIT)
			break;
		if (why == WAKE_INPUT || why == WAKE_SIGNAL) {
			enum keys_read got = read_keys(t, why == WAKE_INPUT, last_frame + FRAME_EVERY_MS, &changed);
			if (got == KEYS_ENDED || t->quit)
				break;
			keys_waiting = got == KEYS_WAITING;
		}
		if (app->autoplay.on && now_ms() >= next_tick) {
			changed |= app_apply(app, ACT_TICK) != EFFECT_NONE;
			next_tick = now_ms() + app->autoplay.ms;
		} else if (!app->autoplay.on) {
			next_tick = now_ms() + app->autoplay.ms;
		}
		if (app_busy(app)) {
			app_work(app, WORK_SLICE);
			changed = true;
		}
		if (changed && (!app_busy(app) || now_ms() - last_frame >= FRAME_EVERY_MS)) {
			if (draw(t) != 0)
				return 1;
			last_frame = now_ms();
			changed = false;
		}
	}
	return quit_signal != 0 ? 128 + quit_signal : 0;
}

int tui_run(struct app *app, enum canvas_mode mode, bool color, struct record *record,
            char *err, size_t errlen)
{
	struct tui t;
	memset(&t, 0, sizeof t);
	t.app = app;
	t.record = record;
	const char *log_path = getenv("SLOPE_LOG");
	if (log_path && *log_path && (t.log = fopen(log_path, "a")) == NULL) {
		snprintf(err, errlen, _("SLOPE_LOG: cannot open '%s' for writing"), log_path);
		return 1;
	}
	t.scene = scene_new(mode);
	if (t.scene == NULL) {
		snprintf(err, errlen, _("out of memory"));
		if (t.log)
			fclose(t.log);
		return 1;
	}
	set_escdelay(25);
	/* newterm, unlike initscr, returns instead of exiting on failure. */
	SCREEN *terminal = newterm(NULL, stdout, stdin);
	if (terminal == NULL) {
		snprintf(err, errlen, _("could not start the terminal"));
		scene_free(t.scene);
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
	int status = run_loop(&t);
	if (t.log)
		fprintf(t.log, "end status=%d cpu_ms=%.0f\n", status, cpu_ms());
	endwin();
	delscreen(terminal);
	restore_signals();
	if (status == 1)
		snprintf(err, errlen, _("out of memory"));
	screen_free(&t.screen);
	screen_free(&t.shown);
	scene_free(t.scene);
	if (t.log)
		fclose(t.log);
	return status;
}
