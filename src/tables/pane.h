/* pane: the dashboard's two panes, named here so that the key table can say
 * where a binding acts without knowing where the panes are laid out
 * (dash/layout.c). */
#ifndef SLOPE_PANE_H
#define SLOPE_PANE_H

/* The panes, in the order they are laid out (left to right, top down). */
enum pane { PANE_TANGENT, PANE_DESCENT, PANE_COUNT };

#endif
