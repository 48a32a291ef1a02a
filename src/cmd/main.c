/* main: parse the command line, run one command, pick the exit status.
 * The only place that prints errors: 0 success, 1 failure at run time,
 * 2 bad usage. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "autodetect.h"
#include "cli.h"
#include "commands.h"
#include "digitscmd.h"
#include "export.h"
#include "framecmd.h"
#include "i18n.h"
#include "language.h"
#include "plotcmd.h"
#include "record.h"
#include "tui.h"

#ifndef SLOPE_VERSION
#define SLOPE_VERSION "dev"
#endif

/* Output that could not be written is a failure, not a success: a full disk
 * or a closed pipe must not exit 0. */
static int finish_output(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "slope: %s\n", _("could not write the output"));
		return 1;
	}
	return 0;
}

/* --record's file is checked before the terminal, so that a bad name is
 * told whatever else is wrong, and created after it, so that nothing is
 * left behind when the dashboard cannot start. */
static int run_dashboard(struct config *cfg, char *err, size_t errlen)
{
	int status = cfg->record ? record_check(cfg->record, err, errlen) : 0;
	if (status == 0)
		status = tui_check_terminal(err, errlen);
	if (status != 0)
		return status;
	struct app app;
	if (app_init(&app, cfg) != 0) {
		snprintf(err, errlen, "%s", _("out of memory"));
		return 1;
	}
	struct record *record = NULL;
	if (cfg->record && (record = record_open(cfg->record, err, errlen)) == NULL) {
		app_free(&app);
		return 2;
	}
	status = tui_run(&app, resolve_canvas(cfg->canvas), resolve_color(cfg->color, 1), record,
	                 err, errlen);
	app_free(&app);
	char why[512];
	if (record_close(record, why, sizeof why) != 0 && status == 0) {
		snprintf(err, errlen, "%s", why);
		status = 1;
	}
	return status;
}

static int run(struct config *cfg, char *err, size_t errlen)
{
	switch (cfg->command) {
	case CMD_HELP:
		if (cfg->help_presets)
			cli_print_presets(stdout);
		else
			cli_print_help(stdout, cfg->help_topic);
		break;
	case CMD_VERSION:
		printf("slope %s\n", SLOPE_VERSION);
		break;
	case CMD_DIFF:
		if (cfg->digits)
			command_digits(stdout, cfg);
		else
			command_diff(stdout, cfg);
		break;
	case CMD_GRAD:
		command_grad(stdout, cfg);
		break;
	case CMD_DESCEND:
		if (command_descend(stdout, cfg) != 0) {
			snprintf(err, errlen, "%s", _("out of memory"));
			return 1;
		}
		break;
	case CMD_RACE:
		if (command_race(stdout, cfg) != 0) {
			snprintf(err, errlen, "%s", _("out of memory"));
			return 1;
		}
		break;
	case CMD_EXPORT: {
		struct export_run r = export_run_of_config(cfg);
		if (export_script(stdout, &r) != 0) {
			snprintf(err, errlen, "%s", _("the surface cannot be written as Python"));
			return 1;
		}
		break;
	}
	case CMD_PLOT: {
		int status = command_plot(stdout, cfg, err, errlen);
		if (status != 0)
			return status;
		break;
	}
	case CMD_FRAME: {
		int status = command_frame(stdout, cfg, err, errlen);
		if (status != 0)
			return status;
		break;
	}
	case CMD_DASHBOARD:
	case CMD_TOUR:
	case CMD_COUNT:
		return run_dashboard(cfg, err, errlen);
	}
	return finish_output();
}

int main(int argc, char **argv)
{
	/* The character set and the messages' language, before anything is
	 * printed; numbers are read and written in the C locale whatever
	 * LC_NUMERIC says. */
	bool no_chinese = language_setup(language_option(argc, argv));
	struct config cfg;
	char err[512] = "";
	if (cli_parse(argc, argv, &cfg, err, sizeof err) != 0) {
		fprintf(stderr, "slope: %s\n", err);
		return 2;
	}
	cfg.no_chinese = no_chinese;
	/* the dashboard, the tour and frame say it on the screen; a command
	 * says it once here, before its output */
	if (no_chinese && cfg.command != CMD_DASHBOARD && cfg.command != CMD_TOUR &&
	    cfg.command != CMD_FRAME)
		fprintf(stderr, "slope: %s\n",
		        _("Chinese needs a UTF-8 character set (LANG=C.UTF-8 or zh_CN.UTF-8): English here"));
	int status = run(&cfg, err, sizeof err);
	if (status != 0 && err[0])
		fprintf(stderr, "slope: %s\n", err);
	config_free(&cfg);
	return status;
}
