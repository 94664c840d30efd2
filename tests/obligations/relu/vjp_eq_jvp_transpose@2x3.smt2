; torchsmt obligation relu.vjp_eq_jvp_transpose@2x3 (lemma, op relu, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 3),) params {}, off kinks
(set-info :source |torchsmt lemma relu.vjp_eq_jvp_transpose@2x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_0_0 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x55 (* w_0_0 (ite (< 0.0 x0_0_0) 1.0 0.0))))
(let ((?x91 (* w_0_0 (ite (<= x0_0_0 0.0) 0.0 1.0))))
(let (($x85 (= ?x91 ?x55)))
(not $x85)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_0_1 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x56 (* w_0_1 (ite (< 0.0 x0_0_1) 1.0 0.0))))
(let ((?x94 (* w_0_1 (ite (<= x0_0_1 0.0) 0.0 1.0))))
(let (($x78 (= ?x94 ?x56)))
(not $x78)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_0_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x57 (* w_0_2 (ite (< 0.0 x0_0_2) 1.0 0.0))))
(let ((?x100 (* w_0_2 (ite (<= x0_0_2 0.0) 0.0 1.0))))
(let (($x83 (= ?x100 ?x57)))
(not $x83)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_1_0 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x58 (* w_1_0 (ite (< 0.0 x0_1_0) 1.0 0.0))))
(let ((?x96 (* w_1_0 (ite (<= x0_1_0 0.0) 0.0 1.0))))
(let (($x80 (= ?x96 ?x58)))
(not $x80)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_1_1 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x59 (* w_1_1 (ite (< 0.0 x0_1_1) 1.0 0.0))))
(let ((?x111 (* w_1_1 (ite (<= x0_1_1 0.0) 0.0 1.0))))
(let (($x81 (= ?x111 ?x59)))
(not $x81)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x60 (* w_1_2 (ite (< 0.0 x0_1_2) 1.0 0.0))))
(let ((?x116 (* w_1_2 (ite (<= x0_1_2 0.0) 0.0 1.0))))
(let (($x82 (= ?x116 ?x60)))
(not $x82)))))
(check-sat)
