"""Sequential terrain kernels: exact filling, D8/MFD routing and the depression hierarchy.

Every kernel is a plain Python function on flat (row-major) numpy arrays. When numba is installed
:mod:`.terrain` runs the compiled versions; the interpreted ones give identical results, slowly.
The kernels are standalone (no kernel calls another), so both variants can be run side by side.

Neighbour codes 0–7 walk the 8 neighbours row by row: NW, N, NE, W, E, SW, S, SE.
"""

import numpy as np

ROW_STEP = np.array([-1, -1, -1, 0, 0, 1, 1, 1], dtype=np.int64)
COLUMN_STEP = np.array([-1, 0, 1, -1, 1, -1, 0, 1], dtype=np.int64)
NO_DIRECTION = -1
UNVISITED = -2  # flood parent of a cell the priority-flood has not reached yet
UNREACHED = np.iinfo(np.int32).max  # flat distance not known (yet)
OUTSIDE = -1  # node id of "the outside": the raster edge and nodata, where water leaves
# float32 bit patterns as unsigned 64-bit numbers, for sort keys of heights (see height_keys)
SIGN_BIT = np.uint64(0x80000000)
MAGNITUDE_BITS = np.uint64(0x7FFFFFFF)
INFINITY_BITS = np.uint64(0x7F800000)
LOW_WORD = np.uint64(0xFFFFFFFF)
WORD_BITS = np.uint64(32)


def boundary_cells(valid, rows, columns):
    """True for valid cells on the raster edge or next to a nodata cell: where water leaves."""
    boundary = np.zeros(rows * columns, dtype=np.bool_)
    complete = valid.all()  # then only the raster edge is boundary
    for cell in range(rows * columns):
        if not valid[cell]:
            continue
        if complete and columns < cell < (rows - 1) * columns and 0 < cell % columns < columns - 1:
            continue
        row, column = cell // columns, cell % columns
        for k in range(8):
            r, c = row + ROW_STEP[k], column + COLUMN_STEP[k]
            if r < 0 or r >= rows or c < 0 or c >= columns or not valid[r * columns + c]:
                boundary[cell] = True
                break
    return boundary


def priority_flood(dem, valid, seeds, rows, columns):
    """Exact depression filling (Barnes' priority-flood with a FIFO for pit cells, and as in Zhou et
    al. 2016 a second FIFO for cells above the flood level: their height is final, so they spread
    to neighbours at least as high at once; breadth-first, flats get short paths to their outlet).
    Only a cell with lower unvisited neighbours goes on the heap, to flood them in height order.

    ``dem`` is float32. The heap holds one integer per cell: the height's bits made sortable in
    the upper half, the cell index in the lower half (ties go to the lower index).

    The flood starts from the ``seeds``: the outlets (raster edge, next to nodata), and for tiled
    filling the tile's perimeter. Returns ``(filled, flood_parent)``: the filled surface (nodata
    cells keep their value) and, per cell, the code of the neighbour it was flooded from (-1 for
    seeds and nodata): the label regions of tiled filling follow it. Where only the surface is
    needed, :func:`reconstruct_fill` gives the same, faster.
    """
    bits = dem.view(np.uint32)
    offset = ROW_STEP * columns + COLUMN_STEP
    rim = np.zeros(rows * columns, dtype=np.bool_)  # the raster's outermost rows and columns
    rim[:columns] = True
    rim[-columns:] = True
    rim[::columns] = True
    rim[columns - 1 :: columns] = True
    filled = dem.copy()
    parent = np.where(valid, np.int8(UNVISITED), np.int8(NO_DIRECTION))  # also marks what is closed
    starts = np.flatnonzero(seeds)
    heap = np.empty(max(1024, 2 * len(starts)), dtype=np.uint64)
    for position in range(len(starts)):
        height_bits = np.uint64(bits[starts[position]])
        key = (
            (~height_bits & np.uint64(0xFFFFFFFF))
            if height_bits >> np.uint64(31)
            else height_bits | np.uint64(0x80000000)
        )
        heap[position] = (key << np.uint64(32)) | np.uint64(starts[position])
        parent[starts[position]] = NO_DIRECTION
    heap_n = len(starts)
    heap[:heap_n] = np.sort(heap[:heap_n])  # a sorted array is a heap
    pit = np.empty(1024, dtype=np.int32)
    pit_head = 0
    pit_tail = 0
    slope = np.empty(1024, dtype=np.int32)
    slope_head = 0
    slope_tail = 0
    while True:
        in_order = True
        if pit_head < pit_tail:
            cell = pit[pit_head]
            pit_head += 1
            if pit_head == pit_tail:
                pit_head = 0
                pit_tail = 0
        elif slope_head < slope_tail:
            cell = slope[slope_head]
            slope_head += 1
            in_order = False
        elif heap_n > 0:
            cell = np.int64(heap[0] & np.uint64(0xFFFFFFFF))
            heap_n -= 1
            last = heap[heap_n]
            position = 0
            while True:  # a 4-ary heap: shallower, and the children share a cache line
                first = 4 * position + 1
                if first >= heap_n:
                    break
                child = first
                for other in range(first + 1, min(first + 4, heap_n)):
                    if heap[other] < heap[child]:
                        child = other
                if heap[child] >= last:
                    break
                heap[position] = heap[child]
                position = child
            heap[position] = last
        else:
            break
        level = filled[cell]
        inner = not rim[cell]  # no bounds checks needed
        row, column = (cell // columns, cell % columns) if not inner else (0, 0)
        waits_for_lower = False
        for k in range(8):
            if not inner:
                r, c = row + ROW_STEP[k], column + COLUMN_STEP[k]
                if r < 0 or r >= rows or c < 0 or c >= columns:
                    continue
            neighbour = cell + offset[k]
            if parent[neighbour] != UNVISITED:
                continue
            if not in_order and dem[neighbour] < level:
                waits_for_lower = True  # only an in-order visit may flood it
                continue
            parent[neighbour] = 7 - k  # the code pointing back at ``cell``
            if in_order and dem[neighbour] <= level:
                filled[neighbour] = level
                if pit_tail == len(pit):
                    if pit_head > 0:  # reuse the consumed front
                        pit[: pit_tail - pit_head] = pit[pit_head:pit_tail].copy()
                        pit_tail -= pit_head
                        pit_head = 0
                    else:
                        pit = np.concatenate((pit, np.empty(pit_tail, dtype=np.int32)))
                pit[pit_tail] = neighbour
                pit_tail += 1
                continue
            # Not below ``level``: final already (``filled = dem``), it may spread at once.
            if slope_tail == len(slope):
                if slope_head > 0:
                    slope[: slope_tail - slope_head] = slope[slope_head:slope_tail].copy()
                    slope_tail -= slope_head
                    slope_head = 0
                else:
                    slope = np.concatenate((slope, np.empty(slope_tail, dtype=np.int32)))
            slope[slope_tail] = neighbour
            slope_tail += 1
        if waits_for_lower:  # visit it again in height order for its lower neighbours
            if heap_n == len(heap):
                heap = np.concatenate((heap, np.empty(heap_n, dtype=np.uint64)))
            height_bits = np.uint64(bits[cell])
            key = (
                (~height_bits & np.uint64(0xFFFFFFFF))
                if height_bits >> np.uint64(31)
                else height_bits | np.uint64(0x80000000)
            )
            entry = (key << np.uint64(32)) | np.uint64(cell)
            position = heap_n
            heap_n += 1
            while position > 0:
                up = (position - 1) >> 2
                if heap[up] <= entry:
                    break
                heap[position] = heap[up]
                position = up
            heap[position] = entry
    return filled, parent


def reconstruct_fill(dem, seeds, rows, columns):
    """Exact depression filling by grayscale reconstruction by erosion (Vincent 1993, the hybrid
    algorithm): a cell's filled height is the lowest, over all paths to a seed (an outlet), of the
    highest cell on the path. Starting from the seeds' heights and +inf elsewhere, a forward and a
    backward raster scan lower each cell to its scanned neighbours' minimum (never below its own
    height); what the backward scan can still lower it lowers and queues, and the queue spreads
    that in FIFO order. The raster's edge is always a seed, so no queued cell lies on it.

    ``dem`` is float32 with NaN for nodata (never part of a path). The result equals
    :func:`priority_flood`'s surface bit for bit: every filled height is one of the DEM's heights.
    The raster scans read memory in order, which makes this several times faster on large DEMs.
    """
    size = rows * columns
    filled = np.where(seeds | np.isnan(dem), dem, np.float32(np.inf))
    for column in range(columns):
        filled[column] = dem[column]
        filled[size - columns + column] = dem[size - columns + column]
    for row in range(rows):
        filled[row * columns] = dem[row * columns]
        filled[row * columns + columns - 1] = dem[row * columns + columns - 1]
    for row in range(rows):  # forward: from the neighbours scanned before (codes 0-3: NW, N, NE, W)
        for column in range(columns):
            cell = row * columns + column
            level = filled[cell]
            for k in range(4):
                r, c = row + ROW_STEP[k], column + COLUMN_STEP[k]
                if r >= 0 and 0 <= c < columns:
                    level = min(level, filled[r * columns + c])  # a NaN neighbour never lowers it
            filled[cell] = max(level, dem[cell])
    queue = np.empty(size, dtype=np.int64)  # a ring: a cell is in it at most once (``queued``)
    queued = np.zeros(size, dtype=np.bool_)
    tail = 0
    for row in range(rows - 1, -1, -1):  # backward: codes 4-7 (E, SW, S, SE)
        for column in range(columns - 1, -1, -1):
            cell = row * columns + column
            level = filled[cell]
            for k in range(4, 8):
                r, c = row + ROW_STEP[k], column + COLUMN_STEP[k]
                if r < rows and 0 <= c < columns:
                    level = min(level, filled[r * columns + c])
            level = max(level, dem[cell])
            filled[cell] = level
            for k in range(4, 8):
                r, c = row + ROW_STEP[k], column + COLUMN_STEP[k]
                if r < rows and 0 <= c < columns:
                    neighbour = r * columns + c
                    if filled[neighbour] > level and filled[neighbour] > dem[neighbour]:
                        filled[neighbour] = max(level, dem[neighbour])
                        if not queued[neighbour]:
                            queued[neighbour] = True
                            queue[tail] = neighbour
                            tail += 1
    offset = ROW_STEP * columns + COLUMN_STEP
    head = 0
    count = tail
    tail = tail if tail < size else 0
    while count > 0:
        cell = queue[head]  # never on the edge: all 8 neighbours exist
        head = head + 1 if head + 1 < size else 0
        count -= 1
        queued[cell] = False
        level = filled[cell]
        for k in range(8):
            neighbour = cell + offset[k]
            if filled[neighbour] > level and filled[neighbour] > dem[neighbour]:
                filled[neighbour] = max(level, dem[neighbour])
                if not queued[neighbour]:
                    queued[neighbour] = True
                    queue[tail] = neighbour
                    tail = tail + 1 if tail + 1 < size else 0
                    count += 1
    return filled


def flat_distances(filled, valid, boundary, fixed, distance, rows, columns):
    """Per cell the number of steps over cells of the same height to the nearest cell where water
    leaves that height (one with a lower neighbour, or a boundary cell): how flats drain in D8.

    ``distance`` (int32) holds the known values of the ``fixed`` cells (a tile's halo; UNREACHED
    where not known yet) and receives the others; UNREACHED where nothing is known, or a value
    of an earlier search of the same cells (a tile again, after its halo changed), which is kept
    where the fixed cells offer no shorter way. A breadth-first search from the cells that drain,
    joined in order of distance by the fixed cells, so each cell is set once, finally."""
    size = rows * columns
    queue = np.empty(size, dtype=np.int32)
    tail = 0
    for cell in range(size):
        if fixed[cell] or not valid[cell] or distance[cell] < UNREACHED:
            continue  # fixed, nodata, or known from an earlier search (its drains have 0)
        drains = boundary[cell]
        row, column = cell // columns, cell % columns
        for k in range(8):
            r, c = row + ROW_STEP[k], column + COLUMN_STEP[k]
            if r < 0 or r >= rows or c < 0 or c >= columns:
                continue
            neighbour = r * columns + c
            if valid[neighbour] and filled[neighbour] < filled[cell]:
                drains = True
                break
        if drains:
            distance[cell] = 0
            queue[tail] = cell
            tail += 1
    known = np.flatnonzero(fixed & valid & (distance < UNREACHED))
    known = known[np.argsort(distance[known], kind="mergesort")]
    head = 0
    next_known = 0
    while True:
        if head < tail and (next_known == len(known) or distance[queue[head]] <= distance[known[next_known]]):
            cell = queue[head]
            head += 1
        elif next_known < len(known):
            cell = known[next_known]
            next_known += 1
        else:
            break
        row, column = cell // columns, cell % columns
        for k in range(8):
            r, c = row + ROW_STEP[k], column + COLUMN_STEP[k]
            if r < 0 or r >= rows or c < 0 or c >= columns:
                continue
            neighbour = r * columns + c
            if fixed[neighbour] or not valid[neighbour] or distance[neighbour] <= distance[cell] + 1:
                continue
            if filled[neighbour] == filled[cell]:
                distance[neighbour] = distance[cell] + 1
                queue[tail] = neighbour
                tail += 1
    return distance


def d8_directions(filled, valid, boundary, distance, rows, columns, cell_width, cell_height):
    """Steepest-descent D8 codes on the filled surface; cells without a lower neighbour (flats)
    step to the first neighbour of their height one step nearer the flat's outlet (see
    :func:`flat_distances`); boundary cells drain out of the area (-1), as in the filling."""
    size = rows * columns
    direction = np.full(size, NO_DIRECTION, dtype=np.int8)
    diagonal = np.sqrt(cell_width * cell_width + cell_height * cell_height)
    for cell in range(size):
        if not valid[cell] or boundary[cell]:
            continue
        row, column = cell // columns, cell % columns
        best = 0.0
        best_k = -1
        nearer_k = -1
        for k in range(8):
            r, c = row + ROW_STEP[k], column + COLUMN_STEP[k]
            if r < 0 or r >= rows or c < 0 or c >= columns:
                continue
            neighbour = r * columns + c
            if not valid[neighbour]:
                continue
            drop = float(filled[cell] - filled[neighbour])  # float64 below, compiled or not
            if drop <= 0:
                if drop == 0 and nearer_k < 0 and distance[neighbour] == distance[cell] - 1:
                    nearer_k = k
                continue
            if ROW_STEP[k] == 0:
                slope = drop / cell_width
            elif COLUMN_STEP[k] == 0:
                slope = drop / cell_height
            else:
                slope = drop / diagonal
            if slope > best:
                best = slope
                best_k = k
        direction[cell] = best_k if best_k >= 0 else nearer_k
    return direction


def d8_receivers(direction, rows, columns):
    """The flat index each cell drains to along its D8 code (-1 where its path ends)."""
    receiver = np.full(rows * columns, -1, dtype=np.int32)
    for cell in range(rows * columns):
        k = direction[cell]
        if k >= 0:
            receiver[cell] = cell + ROW_STEP[k] * columns + COLUMN_STEP[k]
    return receiver


def tree_accumulate(successor, weight):
    """Upslope sums of ``weight`` over a forest given by each node's ``successor`` (-1: where its
    path ends, e.g. from :func:`d8_receivers`), and the order nodes were finished in (each after
    all nodes draining into it)."""
    size = len(successor)
    inflow = np.zeros(size, dtype=np.int32)
    for node in range(size):
        if successor[node] >= 0:
            inflow[successor[node]] += 1
    total = weight.copy()
    order = np.empty(size, dtype=successor.dtype)  # the queue of finished nodes is the order
    tail = 0
    for node in range(size):
        if inflow[node] == 0:
            order[tail] = node
            tail += 1
    head = 0
    while head < tail:
        node = order[head]
        head += 1
        target = successor[node]
        if target >= 0:
            total[target] += total[node]
            inflow[target] -= 1
            if inflow[target] == 0:
                order[tail] = target
                tail += 1
    return total, order[:tail]


def mfd_accumulate(filled, valid, direction, weight, rows, columns, cell_width, cell_height, exponent):
    """Multiple-flow-direction accumulation (Freeman 1991): each cell passes its sum to all lower
    neighbours in proportion to slope**exponent; cells without a lower neighbour use their D8 code,
    cells without a code (boundary, nodata) pass nothing on."""
    size = rows * columns
    diagonal = np.sqrt(cell_width * cell_width + cell_height * cell_height)
    inflow = np.zeros(size, dtype=np.uint8)
    for cell in range(size):
        if direction[cell] < 0:
            continue
        row, column = cell // columns, cell % columns
        lower = 0
        for k in range(8):
            r, c = row + ROW_STEP[k], column + COLUMN_STEP[k]
            if (
                0 <= r < rows
                and 0 <= c < columns
                and valid[r * columns + c]
                and filled[r * columns + c] < filled[cell]
            ):
                inflow[r * columns + c] += 1
                lower += 1
        if lower == 0:
            k = direction[cell]
            inflow[(row + ROW_STEP[k]) * columns + column + COLUMN_STEP[k]] += 1
    accumulation = weight.copy()
    queue = np.empty(size, dtype=np.int32)
    tail = 0
    for cell in range(size):
        if valid[cell] and inflow[cell] == 0:
            queue[tail] = cell
            tail += 1
    shares = np.zeros(8, dtype=np.float64)
    head = 0
    while head < tail:
        cell = queue[head]
        head += 1
        if direction[cell] < 0:
            continue
        row, column = cell // columns, cell % columns
        total = 0.0
        for k in range(8):
            shares[k] = 0.0
            r, c = row + ROW_STEP[k], column + COLUMN_STEP[k]
            if 0 <= r < rows and 0 <= c < columns and valid[r * columns + c]:
                drop = float(filled[cell] - filled[r * columns + c])  # float64 below, compiled or not
                if drop > 0:
                    if ROW_STEP[k] == 0:
                        length = cell_width
                    elif COLUMN_STEP[k] == 0:
                        length = cell_height
                    else:
                        length = diagonal
                    shares[k] = (drop / length) ** exponent
                    total += shares[k]
        if total == 0.0:
            shares[direction[cell]] = 1.0
            total = 1.0
        for k in range(8):
            if shares[k] > 0:
                target = (row + ROW_STEP[k]) * columns + column + COLUMN_STEP[k]
                accumulation[target] += accumulation[cell] * shares[k] / total
                inflow[target] -= 1
                if inflow[target] == 0:
                    queue[tail] = target
                    tail += 1
    return accumulation


def height_keys(bits, keys):
    """One key per cell that sorts like (height, index): the float32 height's ``bits`` turned to
    sort as unsigned numbers (-0 as 0, NaN last) in the upper half, the cell index in the lower."""
    for cell in range(len(bits)):
        value = np.uint64(bits[cell])
        if value & MAGNITUDE_BITS > INFINITY_BITS:  # NaN, whatever its sign
            value = LOW_WORD
        elif value == SIGN_BIT:  # -0 sorts with 0
            value = SIGN_BIT
        elif value & SIGN_BIT:  # negative: larger magnitudes first
            value = value ^ LOW_WORD
        else:
            value = value | SIGN_BIT
        keys[cell] = (value << WORD_BITS) | np.uint64(cell)


def cell_order(keys, words, count):
    """The cell indices of the first ``count`` sorted keys (see :func:`height_keys`), written in
    place: ``words`` is the keys' memory as int32, whose first ``count`` places receive them (each
    key is read before its bytes are overwritten)."""
    for position in range(count):
        words[position] = keys[position] & LOW_WORD


def depression_tree(dem, ascending, rows, columns, cell_width, cell_height):
    """The depression hierarchy of a DEM (its join tree): a sweep over the cells in ascending
    height with union-find over the nodes, the outside absorbing everything that reaches a
    boundary cell.

    ``ascending`` lists the valid cells by height, equal heights by index (nodata is NaN), so a
    neighbour was swept before a cell exactly when it comes first in that order. Cells on the
    raster edge or next to nodata reach the outside. Water on a cell follows the steepest descent
    (the first lower-or-equal neighbour on flats) to the pit it ends in; that pit's set is the
    cell's, so no array per cell is needed to find a neighbour's set.

    Returns per cell the pit its water reaches (-1: the outside), and per node: parent (-1: the
    outside), the height it was born at and the cell that began it, the height it spills at and
    the cell that ended it (a merge, or reaching the outside), the two children (-1 for pits), the
    pit its overflow reaches in its sibling (-1: out), and its cell count and summed cell heights
    up to its spill height. A cell belongs to the level band of the node on its pit's way up that
    it falls between the beginning and the end of, in sweep order.
    """
    size = rows * columns
    diagonal = np.sqrt(cell_width * cell_width + cell_height * cell_height)
    target_pit = np.full(size, OUTSIDE, dtype=np.int32)
    pits = 0  # cells whose neighbours are all valid and swept after them
    for cell in range(size):
        z = dem[cell]
        if z != z:
            continue
        row, column = cell // columns, cell % columns
        lowest = True
        for k in range(8):
            r, c = row + ROW_STEP[k], column + COLUMN_STEP[k]
            if r < 0 or r >= rows or c < 0 or c >= columns:
                lowest = False
                break
            height = dem[r * columns + c]
            if not (height > z or (height == z and r * columns + c > cell)):  # swept before, or NaN
                lowest = False
                break
        pits += lowest
    # Each pit makes a node and each merge one more: at most 2 × pits - 1. The node arrays are
    # allocated empty and each node's entries written when it is made, so capacity it does not
    # use is never touched and takes no memory.
    capacity = 2 * pits
    # Union-find over nodes: the node a set's top was merged into, ``top_flag`` while it is a set's
    # top, ``drained_flag`` once the set reached the outside.
    top_flag, drained_flag = -1, -2
    union = np.empty(capacity, dtype=np.int32)
    parent = np.empty(capacity, dtype=np.int32)
    birth = np.empty(capacity, dtype=np.float32)
    birth_cell = np.empty(capacity, dtype=np.int32)
    spill = np.empty(capacity, dtype=np.float32)
    end_cell = np.empty(capacity, dtype=np.int32)
    left = np.empty(capacity, dtype=np.int32)
    right = np.empty(capacity, dtype=np.int32)
    overflow_pit = np.empty(capacity, dtype=np.int32)
    count = np.empty(capacity, dtype=np.int32)
    height_sum = np.empty(capacity, dtype=np.float64)
    nodes = 0
    roots = np.empty(9, dtype=np.int64)  # the sets met at a cell: top nodes, OUTSIDE for the outside
    gate = np.empty(9, dtype=np.int64)  # per root: its neighbour cell of ``cell`` with the steepest drop
    gate_slope = np.empty(9, dtype=np.float64)
    for position in range(len(ascending)):
        cell = ascending[position]
        z = dem[cell]
        row, column = cell // columns, cell % columns
        found = 0
        best = -1
        best_slope = -1.0
        on_boundary = False
        for k in range(8):
            r, c = row + ROW_STEP[k], column + COLUMN_STEP[k]
            if r < 0 or r >= rows or c < 0 or c >= columns:
                on_boundary = True
                continue
            neighbour = r * columns + c
            height = dem[neighbour]
            if height != height:  # NaN: nodata
                on_boundary = True
                continue
            if height > z or (height == z and neighbour > cell):
                continue  # not swept yet
            drop = float(z - height)  # float64 below, compiled or not
            if ROW_STEP[k] == 0:
                slope = drop / cell_width
            elif COLUMN_STEP[k] == 0:
                slope = drop / cell_height
            else:
                slope = drop / diagonal
            if slope > best_slope:
                best_slope = slope
                best = neighbour
            top = target_pit[neighbour]
            if top != OUTSIDE:
                node = top
                while union[top] >= 0:
                    top = union[top]
                while union[node] >= 0:  # path compression
                    following = union[node]
                    union[node] = top
                    node = following
                if union[top] == drained_flag:
                    top = OUTSIDE
            seen = -1
            for j in range(found):
                if roots[j] == top:
                    seen = j
            if seen < 0:
                roots[found] = top
                gate[found] = neighbour
                gate_slope[found] = slope
                found += 1
            elif slope > gate_slope[seen]:
                gate[seen] = neighbour
                gate_slope[seen] = slope
        if on_boundary:  # the outside is one more set met here
            roots[found] = OUTSIDE
            gate[found] = -1
            gate_slope[found] = 0.0
            found += 1
        if found == 0:  # a new pit
            union[nodes] = top_flag
            parent[nodes] = OUTSIDE
            birth[nodes] = z
            birth_cell[nodes] = cell
            spill[nodes] = 0.0
            end_cell[nodes] = size
            left[nodes] = -1
            right[nodes] = -1
            overflow_pit[nodes] = OUTSIDE
            count[nodes] = 1
            height_sum[nodes] = z
            target_pit[cell] = nodes
            nodes += 1
            continue
        if not on_boundary:
            target_pit[cell] = target_pit[best]
        reaches_outside = False
        for j in range(found):
            if roots[j] == OUTSIDE:
                reaches_outside = True
        if reaches_outside:  # every set met here drains out at ``z``
            for j in range(found):
                node = roots[j]
                if node != OUTSIDE:
                    parent[node] = OUTSIDE
                    spill[node] = z
                    end_cell[node] = cell
                    union[node] = drained_flag
            continue
        node = roots[0]
        merged_gate = gate[0]
        merged_slope = gate_slope[0]
        for j in range(1, found):
            other = roots[j]
            joined = nodes
            nodes += 1
            union[joined] = top_flag
            parent[joined] = OUTSIDE
            birth[joined] = z
            birth_cell[joined] = cell
            spill[joined] = 0.0
            end_cell[joined] = size
            overflow_pit[joined] = OUTSIDE
            left[joined] = node
            right[joined] = other
            parent[node] = joined
            parent[other] = joined
            spill[node] = z
            spill[other] = z
            end_cell[node] = cell
            end_cell[other] = cell
            union[node] = joined
            union[other] = joined
            overflow_pit[node] = target_pit[gate[j]]
            overflow_pit[other] = target_pit[merged_gate]
            count[joined] = count[node] + count[other]
            height_sum[joined] = height_sum[node] + height_sum[other]
            node = joined
            if gate_slope[j] > merged_slope:
                merged_gate = gate[j]
                merged_slope = gate_slope[j]
        count[node] += 1
        height_sum[node] += z
    return (
        target_pit,
        parent[:nodes],
        birth[:nodes],
        birth_cell[:nodes],
        spill[:nodes],
        end_cell[:nodes],
        left[:nodes],
        right[:nodes],
        overflow_pit[:nodes],
        count[:nodes],
        height_sum[:nodes],
    )


def distribute(water, parent, left, right, overflow_pit, own_capacity, stored, full):
    """Fill-spill-merge: route each pit's ``water`` volume through the hierarchy.

    A node stores water in its own level band only once both children are full; a full node
    spills into the pit its overflow reaches in its sibling, and into its parent once the sibling
    is full too. ``stored`` and ``full`` are updated in place (so rain can be added in steps);
    returns the volume that left the area.
    """
    leaving = 0.0
    for pit in range(len(water)):
        amount = water[pit]
        node = pit
        while amount > 0:
            if not full[node]:
                space = own_capacity[node] - stored[node]
                if amount < space:
                    stored[node] += amount
                    break
                stored[node] = own_capacity[node]
                amount -= space
                full[node] = True
            up = parent[node]
            if up == OUTSIDE:
                leaving += amount
                break
            sibling = right[up] if left[up] == node else left[up]
            node = up if full[sibling] else overflow_pit[node]
    return leaving


def open_bands(target_pit, dem, stored, full, parent, birth, birth_cell, spill, end_cell):
    """``(cells, nodes)``: the cells in the level band of a node that holds water without being
    full, in index order, and that node per cell.

    Such a node is the first one that is not full on the way up from each pit below it (a node
    stores water only once its children are full); a cell of one of these pits is in its band when
    it was swept between the node's beginning and its end (see :func:`depression_tree`).
    """
    nodes = len(stored)
    # per node: the first not full node on its way up if that one holds water, else -1
    holding = np.full(nodes, -1, dtype=np.int32)
    for node in range(nodes - 1, -1, -1):  # parents are numbered after their children
        if not full[node]:
            holding[node] = node if stored[node] > 0 else -1
        elif parent[node] >= 0:
            holding[node] = holding[parent[node]]
    cells = np.empty(0, dtype=np.int64)
    band = np.empty(0, dtype=np.int32)
    found = 0
    for phase in range(2):  # count, then fill
        if phase == 1:
            cells = np.empty(found, dtype=np.int64)
            band = np.empty(found, dtype=np.int32)
        found = 0
        for cell in range(len(target_pit)):
            pit = target_pit[cell]
            if pit < 0 or holding[pit] < 0:
                continue
            node = holding[pit]
            z = dem[cell]
            begun = birth[node] < z or (birth[node] == z and birth_cell[node] <= cell)
            ended = spill[node] < z or (spill[node] == z and end_cell[node] <= cell)
            if begun and not ended:
                if phase == 1:
                    cells[found] = cell
                    band[found] = node
                found += 1
    return cells, band


def water_levels(ascending, band, dem, stored, full, parent, spill, base_count, base_volume, base_height_sum):
    """The water surface height over every node's level band (-inf: dry).

    ``ascending`` lists the cells of the bands that hold water without being full by height,
    ``band`` their nodes (see :func:`open_bands`). The band's cells are met in ascending order, and
    the level is where the stored volume plus the (full) children's volume ``base_volume`` spreads
    over the children's ``base_count`` cells and the band cells below it. A full node stands at its
    spill height, or higher where its parent's water stands higher.
    """
    nodes = len(stored)
    level = np.full(nodes, -np.inf)
    cells = base_count.copy()
    height_sum = base_height_sum.copy()
    open_band = (stored > 0) & ~full
    for position in range(len(ascending)):
        cell = ascending[position]
        node = band[position]
        if not open_band[node]:
            continue
        if cells[node] > 0:
            candidate = (stored[node] + base_volume[node] + height_sum[node]) / cells[node]
            if candidate <= dem[cell]:
                level[node] = candidate
                open_band[node] = False
                continue
        cells[node] += 1
        height_sum[node] += dem[cell]
    for node in range(nodes):
        if open_band[node]:
            level[node] = (stored[node] + base_volume[node] + height_sum[node]) / cells[node]
    for node in range(nodes - 1, -1, -1):  # parents are numbered after their children
        if full[node]:
            level[node] = spill[node]
            if parent[node] >= 0 and level[parent[node]] > level[node]:
                level[node] = level[parent[node]]
    return level


def stream_segments(direction, order, is_stream, rows, columns):
    """Strahler order and segment number of every stream cell (-1 elsewhere).

    A segment starts at a source and below every confluence and runs down to the next confluence.
    ``order`` lists cells after all cells draining into them (as from :func:`tree_accumulate`).
    """
    size = rows * columns
    receiver = np.full(size, -1, dtype=np.int64)
    stream_inflow = np.zeros(size, dtype=np.int64)
    for cell in range(size):
        k = direction[cell]
        if is_stream[cell] and k >= 0:
            target = (cell // columns + ROW_STEP[k]) * columns + cell % columns + COLUMN_STEP[k]
            if is_stream[target]:
                receiver[cell] = target
                stream_inflow[target] += 1
    strahler = np.zeros(size, dtype=np.int16)
    highest_in = np.zeros(size, dtype=np.int16)
    highest_count = np.zeros(size, dtype=np.int64)
    segment = np.full(size, -1, dtype=np.int64)
    segments = 0
    for position in range(len(order)):
        cell = order[position]
        if not is_stream[cell]:
            continue
        if stream_inflow[cell] == 0:
            strahler[cell] = 1
        elif highest_count[cell] >= 2:
            strahler[cell] = highest_in[cell] + 1
        else:
            strahler[cell] = highest_in[cell]
        if stream_inflow[cell] != 1:
            segment[cell] = segments
            segments += 1
        target = receiver[cell]
        if target >= 0:
            if strahler[cell] > highest_in[target]:
                highest_in[target] = strahler[cell]
                highest_count[target] = 1
            elif strahler[cell] == highest_in[target]:
                highest_count[target] += 1
            if stream_inflow[target] == 1:
                segment[target] = segment[cell]
    return strahler, segment, receiver


def first_label_downstream(labels, direction, order, columns):
    """Per cell the first non-zero label met going down its D8 path (its own if labelled)."""
    downstream = labels.copy()
    for position in range(len(order) - 1, -1, -1):  # receivers before their donors
        cell = order[position]
        k = direction[cell]
        if downstream[cell] == 0 and k >= 0:
            downstream[cell] = downstream[
                (cell // columns + ROW_STEP[k]) * columns + cell % columns + COLUMN_STEP[k]
            ]
    return downstream


def flood_labels(parent, seeds, rows, columns):
    """Per cell the number of the seed its chain of flood parents leads to (seeds numbered 1, 2, …
    in cell order; 0 for nodata): the label regions of tiled filling (Barnes 2016)."""
    size = rows * columns
    label = np.zeros(size, dtype=np.int32)
    number = 0
    for cell in range(size):
        if seeds[cell]:
            number += 1
            label[cell] = number
    for cell in range(size):
        if label[cell] != 0 or parent[cell] < 0:
            continue
        walker = cell
        while label[walker] == 0:
            k = parent[walker]
            walker += ROW_STEP[k] * columns + COLUMN_STEP[k]
        found = label[walker]
        walker = cell
        while label[walker] == 0:  # the same path again, labelled now
            label[walker] = found
            k = parent[walker]
            walker += ROW_STEP[k] * columns + COLUMN_STEP[k]
    return label


def minimax_levels(start, end, height, outlet_height, labels):
    """The lowest level at which water from each label reaches an outlet: the minimax path over
    the label graph (CSR ``start``/``end`` with edge ``height``) from the labels that are outlets
    themselves (``outlet_height``, +inf for the others)."""
    level = outlet_height.copy()
    done = np.zeros(labels, dtype=np.bool_)
    heap_z = np.empty(labels + len(end) + 1, dtype=np.float64)
    heap_i = np.empty(labels + len(end) + 1, dtype=np.int64)
    heap_n = 0
    for node in range(labels):
        if level[node] < np.inf:
            position = heap_n
            heap_n += 1
            while position > 0 and heap_z[(position - 1) >> 1] > level[node]:
                heap_z[position] = heap_z[(position - 1) >> 1]
                heap_i[position] = heap_i[(position - 1) >> 1]
                position = (position - 1) >> 1
            heap_z[position] = level[node]
            heap_i[position] = node
    while heap_n > 0:
        node = heap_i[0]
        heap_n -= 1
        last_z, last_i = heap_z[heap_n], heap_i[heap_n]
        position = 0
        while True:
            child = 2 * position + 1
            if child >= heap_n:
                break
            if child + 1 < heap_n and heap_z[child + 1] < heap_z[child]:
                child += 1
            if heap_z[child] >= last_z:
                break
            heap_z[position] = heap_z[child]
            heap_i[position] = heap_i[child]
            position = child
        heap_z[position] = last_z
        heap_i[position] = last_i
        if done[node]:
            continue
        done[node] = True
        for edge in range(start[node], start[node + 1]):
            other = end[edge]
            candidate = max(level[node], height[edge])
            if candidate < level[other]:
                level[other] = candidate
                position = heap_n
                heap_n += 1
                while position > 0 and heap_z[(position - 1) >> 1] > candidate:
                    heap_z[position] = heap_z[(position - 1) >> 1]
                    heap_i[position] = heap_i[(position - 1) >> 1]
                    position = (position - 1) >> 1
                heap_z[position] = candidate
                heap_i[position] = other
    return level


def pit_water(target_pit, runoff, water, leaving):
    """Add each cell's runoff to the ``water`` of the pit it drains to, or to ``leaving[0]`` (the
    volume leaving directly); cells in order, so blocks of cells can follow one another."""
    for cell in range(len(target_pit)):
        if target_pit[cell] >= 0:
            water[target_pit[cell]] += runoff[cell]
        else:
            leaving[0] += runoff[cell]


def cell_depths(target_pit, level, dem, valid, depth):
    """Fill ``depth`` with the water depth per cell: the water surface over its pit (the level of the
    first node on the pit's way up that is not full, which full nodes carry) above the ground (0
    when dry, NaN on nodata). Where the cell lies above that water, it is dry. ``depth`` may be
    ``target_pit``'s memory: each cell's pit is read before its depth is written."""
    for cell in range(len(target_pit)):
        pit = target_pit[cell]
        if not valid[cell]:
            depth[cell] = np.nan
        elif pit >= 0 and level[pit] > dem[cell]:
            depth[cell] = level[pit] - dem[cell]
        else:
            depth[cell] = 0.0
