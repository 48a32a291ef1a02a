/* appfixture: an app on the book's defaults plus any options, for the tests
 * that drive the dashboard's state. */
#ifndef SLOPE_TEST_APPFIXTURE_H
#define SLOPE_TEST_APPFIXTURE_H

#include "app.h"
#include "cli.h"

static inline void start_app(struct app *app, int argc, const char **argv)
{
	const char *args[16] = { "slope" };
	for (int i = 0; i < argc && i < 15; i++)
		args[i + 1] = argv[i];
	struct config cfg;
	char err[256];
	assert_int_equal(cli_parse(argc + 1, (char **)args, &cfg, err, sizeof err), 0);
	assert_int_equal(app_init(app, &cfg), 0);
	config_free(&cfg);
}

static inline int book_app_setup(void **state)
{
	static struct app app;
	start_app(&app, 0, NULL);
	*state = &app;
	return 0;
}

static inline int app_teardown(void **state)
{
	app_free(*state);
	return 0;
}

#endif
