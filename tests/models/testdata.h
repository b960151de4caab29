// SPDX-License-Identifier: MIT
#pragma once
// Shared fixtures for the model tests (helpers to build a local store with known rows).
