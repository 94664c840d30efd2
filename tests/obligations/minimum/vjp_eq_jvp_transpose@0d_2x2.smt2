; torchsmt obligation minimum.vjp_eq_jvp_transpose@0d_2x2 (lemma, op minimum, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((), (2, 2)) params {}, off kinks
(set-info :source |torchsmt lemma minimum.vjp_eq_jvp_transpose@0d_2x2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let ((?x36 (* w_1_1 (ite (>= x1_1_1 x0) 1.0 0.0))))
(let ((?x37 (* w_1_0 (ite (>= x1_1_0 x0) 1.0 0.0))))
(let ((?x38 (* w_0_1 (ite (>= x1_0_1 x0) 1.0 0.0))))
(let ((?x39 (* w_0_0 (ite (>= x1_0_0 x0) 1.0 0.0))))
(let ((?x49 (+ ?x39 ?x38 ?x37 ?x36)))
(let ((?x92 (+ (* w_0_0 (ite (<= x1_0_0 x0) 0.0 1.0)) (* w_0_1 (ite (<= x1_0_1 x0) 0.0 1.0)) (* w_1_0 (ite (<= x1_1_0 x0) 0.0 1.0)) (* w_1_1 (ite (<= x1_1_1 x0) 0.0 1.0)))))
(let (($x73 (= ?x92 ?x49)))
(not $x73)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let ((?x39 (* w_0_0 (ite (>= x1_0_0 x0) 1.0 0.0))))
(let ((?x50 (- w_0_0 ?x39)))
(let (($x68 (= (* w_0_0 (ite (<= x1_0_0 x0) 1.0 0.0)) ?x50)))
(not $x68)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun w_0_1 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let ((?x38 (* w_0_1 (ite (>= x1_0_1 x0) 1.0 0.0))))
(let ((?x51 (- w_0_1 ?x38)))
(let (($x71 (= (* w_0_1 (ite (<= x1_0_1 x0) 1.0 0.0)) ?x51)))
(not $x71)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun w_1_0 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let ((?x37 (* w_1_0 (ite (>= x1_1_0 x0) 1.0 0.0))))
(let ((?x52 (- w_1_0 ?x37)))
(let (($x70 (= (* w_1_0 (ite (<= x1_1_0 x0) 1.0 0.0)) ?x52)))
(not $x70)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun w_1_1 () Real)
(assert
 (and (distinct x0 x1_0_0) true))
(assert
 (and (distinct x0 x1_0_1) true))
(assert
 (and (distinct x0 x1_1_0) true))
(assert
 (and (distinct x0 x1_1_1) true))
(assert
 (let ((?x36 (* w_1_1 (ite (>= x1_1_1 x0) 1.0 0.0))))
(let ((?x53 (- w_1_1 ?x36)))
(let (($x69 (= (* w_1_1 (ite (<= x1_1_1 x0) 1.0 0.0)) ?x53)))
(not $x69)))))
(check-sat)
