// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>
#include <vector>

// One column of EventStore: either values of its own, built by appending, or values left where
// something else keeps them (a mapped dataset image, which the store keeps alive), read in
// place. Reading is the same for both. A column read in place is never written into: changing
// one copies its values into a column of its own first.
//
// Why: a reopen from the dataset cache used to copy every column into fresh memory, and fresh
// memory is the dear part (each new 4 KiB page is a fault, on a virtual machine a shadow
// page-table fill too): 130 MB of columns took most of a fresh process's reopen.
template<typename T>
class Column
{
public:
    Column() = default;
    Column(std::initializer_list<T> values) : m_owned(values) {}
    Column(const Column &) = default;
    Column &operator=(const Column &) = default;
    // A column moved from is empty, never still reading values it no longer keeps alive.
    Column(Column &&other) noexcept
        : m_owned(std::move(other.m_owned)), m_inPlace(other.m_inPlace),
          m_inPlaceSize(other.m_inPlaceSize)
    {
        other.m_owned.clear();
        other.m_inPlace = nullptr;
        other.m_inPlaceSize = 0;
    }
    Column &operator=(Column &&other) noexcept
    {
        if (this != &other) {
            m_owned = std::move(other.m_owned);
            m_inPlace = other.m_inPlace;
            m_inPlaceSize = other.m_inPlaceSize;
            other.m_owned.clear();
            other.m_inPlace = nullptr;
            other.m_inPlaceSize = 0;
        }
        return *this;
    }

    size_t size() const { return m_inPlace ? m_inPlaceSize : m_owned.size(); }
    bool empty() const { return size() == 0; }
    const T *data() const { return m_inPlace ? m_inPlace : m_owned.data(); }
    const T *begin() const { return data(); }
    const T *end() const { return data() + size(); }
    const T &operator[](size_t i) const { return data()[i]; }
    const T &front() const { return data()[0]; }
    const T &back() const { return data()[size() - 1]; }
    operator std::span<const T>() const { return {data(), size()}; }

    // Reads `values` in place from now on; they must outlive this column and its copies.
    void keepInPlace(std::span<const T> values)
    {
        m_owned = {};
        m_owned.shrink_to_fit();
        m_inPlace = values.empty() ? emptyValues() : values.data();
        m_inPlaceSize = values.size();
    }
    bool isInPlace() const { return m_inPlace != nullptr; }

    // Building: the values of its own, as a vector (a column read in place is copied first).
    // Only mutation goes through here: reading a column, even a non-const one, never copies.
    std::vector<T> &owned()
    {
        if (m_inPlace) {
            m_owned.assign(m_inPlace, m_inPlace + m_inPlaceSize);
            m_inPlace = nullptr;
            m_inPlaceSize = 0;
        }
        return m_owned;
    }
    void push_back(const T &value) { owned().push_back(value); }
    void reserve(size_t n) { owned().reserve(n); }
    size_t capacity() const { return m_inPlace ? 0 : m_owned.capacity(); }
    void append(std::span<const T> values)
    {
        std::vector<T> &to = owned();
        to.insert(to.end(), values.begin(), values.end());
    }

private:
    // Not null for an empty column read in place, which still is one.
    static const T *emptyValues()
    {
        static const T none{};
        return &none;
    }

    std::vector<T> m_owned;
    const T *m_inPlace = nullptr;
    size_t m_inPlaceSize = 0;
};
