# Gradient descent as Deep Learning from Scratch writes it (chapters 4 and 6),
# written by slope: it needs only NumPy and prints slope's numbers to the last
# digit. The run of
#   slope descend --surface 'x0**2 + x1**2' --start -3,4 --lr 0.1 --steps 20 --numpy
import numpy as np


def f(x):  # f(x0, x1) = x0**2 + x1**2
    return x[0]**2 + x[1]**2


def numerical_gradient(f, x):
    h = 1e-4  # 0.0001
    grad = np.zeros_like(x)

    for idx in range(x.size):
        tmp_val = x[idx]
        x[idx] = float(tmp_val) + h
        fxh1 = f(x)  # f(x+h)

        x[idx] = tmp_val - h
        fxh2 = f(x)  # f(x-h)
        grad[idx] = (fxh1 - fxh2) / (2*h)

        x[idx] = tmp_val  # restore the value

    return grad


class SGD:
    """Stochastic Gradient Descent"""

    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        for key in params.keys():
            params[key] -= self.lr * grads[key]


def optimizer_state(optimizer):
    return []  # SGD keeps nothing between updates


init_x = np.array([-3.0, 4.0])
lr = 0.1
step_num = 20
print_rows = False  # True: a CSV row per iteration, as slope descend --csv prints them
lr_changes = {}  # from an iteration on, another rate

optimizer = SGD(lr=lr)


def print_row(i, x, grad, loss):
    numbers = [x[0], x[1], grad[0], grad[1], loss] + optimizer_state(optimizer)
    print(','.join([str(i)] + [repr(float(v)) for v in numbers]))


params = {'x0': init_x[0], 'x1': init_x[1]}
x = init_x.copy()
grad = numerical_gradient(f, x)
loss = f(x)
if print_rows:
    print('iter,x0,x1,g0,g1,loss')
    print_row(0, x, grad, loss)

for i in range(1, step_num + 1):
    if not np.all(np.isfinite([x[0], x[1], grad[0], grad[1], loss])):
        break  # slope stops at the first value that is not finite
    if i in lr_changes:
        optimizer.lr = lr_changes[i]
    grads = {'x0': grad[0], 'x1': grad[1]}
    optimizer.update(params, grads)
    x = np.array([params['x0'], params['x1']])
    grad = numerical_gradient(f, x)
    loss = f(x)
    if print_rows:
        print_row(i, x, grad, loss)

if not print_rows:
    print(x)
