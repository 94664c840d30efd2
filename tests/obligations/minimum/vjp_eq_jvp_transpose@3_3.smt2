; torchsmt obligation minimum.vjp_eq_jvp_transpose@3_3 (lemma, op minimum, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,), (3,)) params {}, off kinks
(set-info :source |torchsmt lemma minimum.vjp_eq_jvp_transpose@3_3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_0 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let ((?x35 (* w_0 (ite (>= x1_0 x0_0) 1.0 0.0))))
(let (($x64 (= (* w_0 (ite (<= x1_0 x0_0) 0.0 1.0)) ?x35)))
(not $x64))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_1 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let ((?x34 (* w_1 (ite (>= x1_1 x0_1) 1.0 0.0))))
(let (($x61 (= (* w_1 (ite (<= x1_1 x0_1) 0.0 1.0)) ?x34)))
(not $x61))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_2 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let ((?x33 (* w_2 (ite (>= x1_2 x0_2) 1.0 0.0))))
(let (($x62 (= (* w_2 (ite (<= x1_2 x0_2) 0.0 1.0)) ?x33)))
(not $x62))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_0 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let ((?x35 (* w_0 (ite (>= x1_0 x0_0) 1.0 0.0))))
(let ((?x43 (- w_0 ?x35)))
(let (($x63 (= (* w_0 (ite (<= x1_0 x0_0) 1.0 0.0)) ?x43)))
(not $x63)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_1 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let ((?x34 (* w_1 (ite (>= x1_1 x0_1) 1.0 0.0))))
(let ((?x44 (- w_1 ?x34)))
(let (($x60 (= (* w_1 (ite (<= x1_1 x0_1) 1.0 0.0)) ?x44)))
(not $x60)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_2 () Real)
(assert
 (and (distinct x0_0 x1_0) true))
(assert
 (and (distinct x0_1 x1_1) true))
(assert
 (and (distinct x0_2 x1_2) true))
(assert
 (let ((?x33 (* w_2 (ite (>= x1_2 x0_2) 1.0 0.0))))
(let ((?x45 (- w_2 ?x33)))
(let (($x65 (= (* w_2 (ite (<= x1_2 x0_2) 1.0 0.0)) ?x45)))
(not $x65)))))
(check-sat)
